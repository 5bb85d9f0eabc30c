namespace Bot.Telegram.Polling;

/// <summary>
/// Runs work per chat in arrival order while different chats run concurrently, at most
/// <c>maxConcurrency</c> at a time, so a slow answer in one chat never holds up another.
/// </summary>
internal sealed class ChatDispatcher : IDisposable
{
    private readonly SemaphoreSlim slots;
    private readonly Lock gate = new();
    private readonly Dictionary<long, Task> tails = [];

    public ChatDispatcher(int maxConcurrency)
    {
        slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
    }

    /// <summary>
    /// Queues work behind the chat's earlier work. Work not started when <paramref name="stopping"/>
    /// is cancelled is skipped; work under way gets <paramref name="abandon"/>. The work must not throw.
    /// </summary>
    public void Enqueue(long chatKey, Func<CancellationToken, Task> work, CancellationToken stopping, CancellationToken abandon)
    {
        lock (gate)
        {
            var previous = tails.GetValueOrDefault(chatKey) ?? Task.CompletedTask;
            var next = RunAfterAsync(previous, work, stopping, abandon);
            tails[chatKey] = next;
            _ = next.ContinueWith(
                finished =>
                {
                    lock (gate)
                    {
                        if (tails.TryGetValue(chatKey, out var tail) && tail == finished)
                        {
                            tails.Remove(chatKey);
                        }
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    /// <summary>Completes when all queued work has finished (or been skipped).</summary>
    public Task DrainAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(tails.Values.ToList());
        }
    }

    public void Dispose() => slots.Dispose();

    private async Task RunAfterAsync(Task previous, Func<CancellationToken, Task> work, CancellationToken stopping, CancellationToken abandon)
    {
        // Leave the caller's lock before doing anything.
        await Task.Yield();
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await slots.WaitAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            if (!stopping.IsCancellationRequested)
            {
                await work(abandon).ConfigureAwait(false);
            }
        }
        finally
        {
            slots.Release();
        }
    }
}

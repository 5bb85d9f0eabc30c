using Telegram.Bot.Types;

namespace Bot.Telegram.Polling;

/// <summary>
/// Which of the updates Telegram holds for the bot are handled, and the getUpdates offset that
/// confirms exactly those. Telegram returns the earliest unconfirmed updates first, so the offset is
/// taken from the last batch: the id of its first update not yet handled, or one past its last. No
/// offset is sent before the first batch, so a restart starts from the earliest unconfirmed update
/// whatever ids Telegram uses now (they restart at random after a week without updates).
/// </summary>
internal sealed class UpdateProgress
{
    private readonly Lock gate = new();

    /// <summary>Updates of this run not yet known to be confirmed: id → handled.</summary>
    private readonly Dictionary<int, bool> tracked = [];
    private IReadOnlyList<int> batch = [];
    private int? offset;
    private TaskCompletionSource progress = NewSignal();

    /// <summary>The offset for the next getUpdates: null until a batch has been seen.</summary>
    public int? NextOffset()
    {
        lock (gate)
        {
            foreach (var id in batch)
            {
                if (tracked.TryGetValue(id, out var handled) && !handled)
                {
                    return offset = id;
                }
            }

            return offset = batch.Count > 0 ? batch[^1] + 1 : offset;
        }
    }

    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return tracked.Values.Count(handled => !handled);
            }
        }
    }

    /// <summary>Takes a batch as Telegram returned it; returns the updates seen for the first time in this run.</summary>
    public IReadOnlyList<Update> Accept(IReadOnlyList<Update> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        lock (gate)
        {
            var present = updates.Select(u => u.Id).ToHashSet();

            // Handled updates Telegram no longer returns are confirmed and gone.
            foreach (var id in tracked.Where(t => t.Value && !present.Contains(t.Key)).Select(t => t.Key).ToList())
            {
                tracked.Remove(id);
            }

            var fresh = new List<Update>();
            foreach (var update in updates)
            {
                if (tracked.TryAdd(update.Id, false))
                {
                    fresh.Add(update);
                }
            }

            if (updates.Count > 0)
            {
                batch = [.. updates.Select(u => u.Id)];
            }

            return fresh;
        }
    }

    /// <summary>Marks an update handled (answered, refused, skipped, or failed for good).</summary>
    public void Complete(int updateId)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            tracked[updateId] = true;
            signal = progress;
            progress = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>Waits until some update completes, or at most <paramref name="limit"/>.</summary>
    public async Task WaitForProgressAsync(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        Task signal;
        lock (gate)
        {
            signal = progress.Task;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(limit, time, timeout.Token);
        await Task.WhenAny(signal, delay).ConfigureAwait(false);
        await timeout.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

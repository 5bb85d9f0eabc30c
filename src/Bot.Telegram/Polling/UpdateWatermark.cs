namespace Bot.Telegram.Polling;

/// <summary>
/// Tracks which updates are being handled and the highest update id below which every update
/// is handled. Only that id is confirmed to Telegram (getUpdates offset = id + 1) and persisted,
/// so a crash never confirms an update whose answer was not sent, even when chats finish out of order.
/// </summary>
internal sealed class UpdateWatermark
{
    private readonly Lock gate = new();
    private readonly SortedSet<long> inFlight = [];
    private long? lastHandled;
    private long highestStarted;
    private TaskCompletionSource progress = NewSignal();

    public UpdateWatermark(long? lastHandled)
    {
        this.lastHandled = lastHandled;
        highestStarted = lastHandled ?? long.MinValue;
    }

    /// <summary>The highest update id such that it and every earlier update are handled.</summary>
    public long? LastHandled
    {
        get
        {
            lock (gate)
            {
                return lastHandled;
            }
        }
    }

    /// <summary>The getUpdates offset: confirms handled updates only; null before anything is handled.</summary>
    public long? NextOffset => LastHandled + 1;

    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight.Count;
            }
        }
    }

    /// <summary>Starts an update unless it was started before (unconfirmed updates come back on every poll).</summary>
    public bool TryBegin(long updateId)
    {
        lock (gate)
        {
            if (updateId <= highestStarted)
            {
                return false;
            }

            highestStarted = updateId;
            inFlight.Add(updateId);
            return true;
        }
    }

    /// <summary>Marks an update handled; returns the new <see cref="LastHandled"/> when it moved.</summary>
    public long? Complete(long updateId)
    {
        TaskCompletionSource signal;
        long? advanced = null;
        lock (gate)
        {
            inFlight.Remove(updateId);
            var candidate = inFlight.Count == 0 ? highestStarted : inFlight.Min - 1;
            if (lastHandled is null || candidate > lastHandled)
            {
                lastHandled = candidate;
                advanced = candidate;
            }

            signal = progress;
            progress = NewSignal();
        }

        signal.TrySetResult();
        return advanced;
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

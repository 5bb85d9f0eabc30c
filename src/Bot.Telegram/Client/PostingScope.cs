namespace Bot.Telegram.Client;

/// <summary>
/// Work (the handling of one update) that wants to hear, once, just before its first message is
/// posted: a webhook replica records that a reply may be on its way, so that a replica taking the
/// update over after a crash treats it as delivered, unconfirmed instead of answering twice. Flows
/// with the async calls of the work; sends outside a scope are unaffected.
/// </summary>
public static class PostingScope
{
    private static readonly AsyncLocal<Hook?> Current = new();

    /// <summary>Starts a scope for the calling flow; dispose it when the work ends.</summary>
    public static IDisposable Begin(Func<CancellationToken, Task> beforeFirstPost)
    {
        ArgumentNullException.ThrowIfNull(beforeFirstPost);
        var previous = Current.Value;
        Current.Value = new Hook(beforeFirstPost);
        return new End(previous);
    }

    /// <summary>Runs the scope's hook the first time a message is about to be posted in it.</summary>
    internal static Task BeforePostAsync(CancellationToken cancellationToken) =>
        Current.Value is { } hook && Interlocked.Exchange(ref hook.Fired, 1) == 0 ? hook.Run(cancellationToken) : Task.CompletedTask;

    private sealed class Hook(Func<CancellationToken, Task> run)
    {
        public int Fired;

        public Task Run(CancellationToken cancellationToken) => run(cancellationToken);
    }

    private sealed class End(Hook? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

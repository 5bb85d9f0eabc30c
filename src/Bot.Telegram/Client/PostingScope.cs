namespace Bot.Telegram.Client;

/// <summary>
/// Work (the handling of one update) that wants to hear, once, just before the body of its first
/// message leaves for the server: a webhook replica records that a reply may be on its way, so that a
/// replica taking the update over after a crash treats it as delivered, unconfirmed instead of
/// answering twice. The hook runs after the server has accepted the request headers ("100 Continue",
/// see <see cref="DeliveryTrackingHandler"/>), not when the send is merely decided: a replica killed
/// while it waited for the send budget or for the connection has sent nothing, and its update is
/// answered by the replica that takes it over. Flows with the async calls of the work; sends outside a
/// scope are unaffected.
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

    /// <summary>
    /// The current scope's hook, captured on the caller's flow so that the HTTP layer can run it where
    /// the body is written (which need not be on the same flow); null outside a scope.
    /// </summary>
    internal static Func<CancellationToken, Task>? Capture() => Current.Value is { } hook ? hook.RunOnceAsync : null;

    private sealed class Hook(Func<CancellationToken, Task> run)
    {
        private int done;

        /// <summary>
        /// Runs the hook until it has once succeeded: a hook that failed (the database unreachable)
        /// fails the attempt before its body leaves, so the retry runs it again rather than posting unmarked.
        /// </summary>
        public async Task RunOnceAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref done) == 1)
            {
                return;
            }

            await run(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref done, 1);
        }
    }

    private sealed class End(Hook? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

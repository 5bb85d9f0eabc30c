namespace Bot.State.Digests;

/// <summary>The SQLite provider's lock: one process owns the file, and the digest already posts one run at a time within it.</summary>
internal sealed class ProcessDigestPostLock : IDigestPostLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string channel, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(Released.Instance);

    private sealed class Released : IAsyncDisposable
    {
        public static readonly Released Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

namespace Bot.State.Digests;

/// <summary>
/// One channel post at a time across every process that shares the state: two replicas' schedules
/// firing together post once (the second finds nothing new, or the lock taken and skips).
/// </summary>
public interface IDigestPostLock
{
    /// <summary>The lock, released when disposed; null when another process holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string channel, CancellationToken cancellationToken);
}

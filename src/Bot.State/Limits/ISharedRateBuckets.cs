namespace Bot.State.Limits;

/// <summary>
/// Token buckets shared by every replica, so that limits hold for the bot as a whole: per-user
/// question limits, and Telegram's per-bot send budget (about 30 messages a second, 20 a minute per
/// group), which N replicas must share rather than multiply into 429s. Only the PostgreSQL provider
/// registers one; a single process keeps its buckets in memory.
/// </summary>
public interface ISharedRateBuckets
{
    /// <summary>
    /// Takes one token from each bucket at once and returns how long the caller must wait until the
    /// last of them is really available (waits queue up fairly). With <paramref name="onlyIfFree"/>,
    /// takes nothing and returns null unless every bucket has a token now.
    /// </summary>
    Task<TimeSpan?> ReserveAsync(IReadOnlyList<RateBucket> buckets, bool onlyIfFree, CancellationToken cancellationToken);
}

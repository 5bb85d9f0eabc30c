namespace Bot.Telegram.Limits;

/// <summary>
/// A rate as a bucket of one-message tokens that refills continuously. Reserving never fails:
/// it returns how long the caller must wait for its token, so waits queue up fairly.
/// Not thread-safe; <see cref="OutgoingMessageLimiter"/> serializes access.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double perSecond;
    private readonly double capacity;
    private double tokens;
    private TimeSpan updated = TimeSpan.MinValue;

    public TokenBucket(double perSecond, double capacity)
    {
        this.perSecond = perSecond;
        this.capacity = capacity;
        tokens = capacity;
    }

    /// <summary>Takes a token at <paramref name="now"/>; returns the wait until it is really available.</summary>
    public TimeSpan Reserve(TimeSpan now)
    {
        if (updated != TimeSpan.MinValue)
        {
            tokens = Math.Min(capacity, tokens + ((now - updated).TotalSeconds * perSecond));
        }

        updated = now;
        tokens -= 1;
        return tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / perSecond);
    }

    /// <summary>True when a token is available at <paramref name="now"/> without waiting; takes nothing.</summary>
    public bool HasToken(TimeSpan now) =>
        updated == TimeSpan.MinValue || Math.Min(capacity, tokens + ((now - updated).TotalSeconds * perSecond)) >= 1;

    /// <summary>True when the bucket is full again, so it can be forgotten.</summary>
    public bool IsIdle(TimeSpan now) =>
        updated == TimeSpan.MinValue || tokens + ((now - updated).TotalSeconds * perSecond) >= capacity;
}

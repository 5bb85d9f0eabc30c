namespace Bot.Telegram.Client;

/// <summary>Exponential backoff with ±20 % jitter, from a base delay up to a cap: for retries and for the polling loop.</summary>
internal static class Backoff
{
    /// <param name="failures">How many attempts failed so far (1 for the first wait).</param>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        var capped = Math.Min(exponential, Math.Max(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds));
#pragma warning disable CA5394 // Jitter only spreads retries; it protects nothing.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(capped * jitter);
    }
}

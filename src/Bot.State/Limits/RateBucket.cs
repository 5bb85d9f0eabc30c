namespace Bot.State.Limits;

/// <summary>A named token bucket: <see cref="PerSecond"/> tokens refill continuously up to <see cref="Capacity"/>.</summary>
public sealed record RateBucket(string Key, double PerSecond, double Capacity);

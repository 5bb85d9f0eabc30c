namespace Bot.Bench.Perf;

/// <summary>Latency percentiles in milliseconds (nearest-rank), over <see cref="Count"/> timed operations.</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    /// <summary>The smallest value with at least <paramref name="fraction"/> of the values at or below it.</summary>
    internal static double Percentile(double[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}

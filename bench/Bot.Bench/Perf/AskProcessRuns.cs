namespace Bot.Bench.Perf;

/// <summary>
/// Whole-process <c>ask</c>, start to exit, over the seed questions, each run paired with one of
/// <c>dotnet --version</c> (the yardstick) right after it; <see cref="RatioMedian"/> is the median of
/// the per-pair ratios, so a change in the machine's speed during the runs cancels out.
/// </summary>
internal sealed record AskProcessRuns(
    string Command,
    int Runs,
    int Failures,
    double MedianMs,
    double MinMs,
    double MaxMs,
    string? Note,
    double YardstickMedianMs = 0,
    double YardstickMinMs = 0,
    double YardstickMaxMs = 0,
    double RatioMin = 0,
    double RatioMedian = 0,
    double RatioMax = 0);

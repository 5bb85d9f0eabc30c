namespace Bot.Bench.Perf;

/// <summary>
/// The seed corpus: load and index time of the first build in the process (includes JIT) and the
/// median of later builds, and warm answer latency.
/// </summary>
internal sealed record SeedPerf(int Articles, int Passages, double FirstLoadAndIndexMs, double WarmLoadAndIndexMs, LatencyStats Answer);

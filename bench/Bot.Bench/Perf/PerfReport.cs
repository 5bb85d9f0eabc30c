namespace Bot.Bench.Perf;

/// <summary>Everything the perf command measured.</summary>
internal sealed record PerfReport(
    string Answerer,
    PerfOptions Options,
    SeedPerf Seeds,
    IReadOnlyList<ScaleStep> Scale,
    VectorScan? VectorScan,
    double MemoryGigabytesPerSecond,
    AskProcessRuns? Ask);

namespace Bot.Bench.Perf;

/// <summary>
/// What the perf run measures: target corpus sizes in passages, timed queries per retriever and
/// size, timed warm answers on the seeds, whole-process ask runs (0 skips them) and the size of
/// the bandwidth probe.
/// </summary>
internal sealed record PerfOptions(IReadOnlyList<int> Sizes, int Queries, int Answers, int AskRuns, int BandwidthMegabytes);

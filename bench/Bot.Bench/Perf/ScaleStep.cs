namespace Bot.Bench.Perf;

/// <summary>
/// One corpus size: what was indexed (<see cref="RepeatedArticles"/> counts articles that are
/// copies under changed ids), our build and query figures, and FTS5's on the same passages.
/// Memory is the managed heap growth across the build divided by passages (article text excluded).
/// </summary>
internal sealed record ScaleStep(
    int TargetPassages,
    int Articles,
    int RepeatedArticles,
    int Passages,
    double BuildSeconds,
    double PassagesPerSecond,
    double BytesPerPassage,
    LatencyStats Bm25,
    LatencyStats Vector,
    LatencyStats Hybrid,
    double Fts5BuildSeconds,
    LatencyStats Fts5)
{
    public double BuildRatio => Ratio(BuildSeconds, Fts5BuildSeconds);

    public double HybridP50Ratio => Ratio(Hybrid.P50, Fts5.P50);

    public double HybridP99Ratio => Ratio(Hybrid.P99, Fts5.P99);

    public double Bm25P50Ratio => Ratio(Bm25.P50, Fts5.P50);

    private static double Ratio(double ours, double peer) => peer > 0 ? ours / peer : 0;
}

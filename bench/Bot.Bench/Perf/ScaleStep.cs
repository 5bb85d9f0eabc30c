namespace Bot.Bench.Perf;

/// <summary>
/// One corpus size: what was indexed (<see cref="RepeatedArticles"/> counts articles that are
/// copies under changed ids), our build and query figures, and the peers' (SQLite FTS5 and
/// Lucene.Net) on the same passages. <see cref="BytesPerPassage"/> is the managed heap growth across
/// the build divided by passages (the articles' own text excluded); <see cref="TextBytesPerPassage"/>
/// is the part of it that is the passages' sentence text, so the index's own share is the difference.
/// The peers' sizes are their index files (FTS5's database pages, Lucene's directory), text not kept.
/// </summary>
internal sealed record ScaleStep(
    int TargetPassages,
    int Articles,
    int RepeatedArticles,
    int Passages,
    double BuildSeconds,
    double PassagesPerSecond,
    double BytesPerPassage,
    double TextBytesPerPassage,
    LatencyStats Bm25,
    LatencyStats Vector,
    LatencyStats Hybrid,
    double Fts5BuildSeconds,
    LatencyStats Fts5,
    double Fts5BytesPerPassage,
    double LuceneBuildSeconds,
    LatencyStats Lucene,
    double LuceneBytesPerPassage)
{
    /// <summary>Index memory per passage beyond its text.</summary>
    public double IndexBytesPerPassage => BytesPerPassage - TextBytesPerPassage;

    public double BuildRatio => Ratio(BuildSeconds, Fts5BuildSeconds);

    public double LuceneBuildRatio => Ratio(BuildSeconds, LuceneBuildSeconds);

    public double HybridP50Ratio => Ratio(Hybrid.P50, Fts5.P50);

    public double HybridP99Ratio => Ratio(Hybrid.P99, Fts5.P99);

    public double HybridLuceneP50Ratio => Ratio(Hybrid.P50, Lucene.P50);

    public double HybridLuceneP99Ratio => Ratio(Hybrid.P99, Lucene.P99);

    /// <summary>What the vector side costs at the tail: hybrid's p99 over BM25 alone's (target ≤ 2).</summary>
    public double HybridOverBm25P99 => Ratio(Hybrid.P99, Bm25.P99);

    public double Bm25P50Ratio => Ratio(Bm25.P50, Fts5.P50);

    private static double Ratio(double ours, double peer) => peer > 0 ? ours / peer : 0;
}

using System.Globalization;
using System.Text;
using Bot.Bench.Perf;

namespace Bot.Bench.Reporting;

/// <summary>Renders a perf report as markdown.</summary>
internal static class PerfMarkdown
{
    public static string Render(PerfReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Performance (answerer: {report.Answerer})");
        text.AppendLine();
        var s = report.Seeds;
        text.AppendLine(new MarkdownTable("seeds", "articles", "passages", "load+index, first (ms)", "load+index, warm (ms)", "answers timed", "answer p50 (ms)", "p95", "p99")
            .Add("in process", Int(s.Articles), Int(s.Passages), Figures.Ms(s.FirstLoadAndIndexMs), Figures.Ms(s.WarmLoadAndIndexMs), Int(s.Answer.Count), Figures.Ms(s.Answer.P50), Figures.Ms(s.Answer.P95), Figures.Ms(s.Answer.P99))
            .ToString());

        if (report.Scale.Count > 0)
        {
            var build = new MarkdownTable("target passages", "articles (repeats)", "passages", "build (s)", "passages/s", "index bytes/passage", "text bytes/passage", "FTS5 build (s)", "ours/FTS5", "Lucene.Net build (s)", "ours/Lucene.Net", "FTS5 bytes/passage", "Lucene.Net bytes/passage");
            var query = new MarkdownTable("passages", "BM25 p50/p99 (ms)", "vector p50/p99", "hybrid p50/p99", "FTS5 p50/p99", "Lucene.Net p50/p99", "hybrid/BM25 p99", "hybrid/FTS5 p50", "p99", "hybrid/Lucene.Net p50", "p99");
            foreach (var step in report.Scale)
            {
                build.Add(
                    Int(step.TargetPassages),
                    $"{Int(step.Articles)} ({Int(step.RepeatedArticles)})",
                    Int(step.Passages),
                    Figures.Number(step.BuildSeconds, "0.00"),
                    Figures.Number(step.PassagesPerSecond, "N0"),
                    Figures.Number(step.IndexBytesPerPassage, "N0"),
                    Figures.Number(step.TextBytesPerPassage, "N0"),
                    Figures.Number(step.Fts5BuildSeconds, "0.00"),
                    Figures.Ratio(step.BuildRatio),
                    Figures.Number(step.LuceneBuildSeconds, "0.00"),
                    Figures.Ratio(step.LuceneBuildRatio),
                    Figures.Number(step.Fts5BytesPerPassage, "N0"),
                    Figures.Number(step.LuceneBytesPerPassage, "N0"));
                query.Add(
                    Int(step.Passages),
                    Pair(step.Bm25),
                    Pair(step.Vector),
                    Pair(step.Hybrid),
                    Pair(step.Fts5),
                    Pair(step.Lucene),
                    Figures.Ratio(step.HybridOverBm25P99),
                    Figures.Ratio(step.HybridP50Ratio),
                    Figures.Ratio(step.HybridP99Ratio),
                    Figures.Ratio(step.HybridLuceneP50Ratio),
                    Figures.Ratio(step.HybridLuceneP99Ratio));
            }

            text.AppendLine(build.ToString());
            text.AppendLine(query.ToString());
            text.AppendLine(CultureInfo.InvariantCulture, $"Queries: CLICK-ID headlines of indexed articles, {report.Options.Queries} per retriever and size, top {BenchSettings.LatencyTop}, after {BenchSettings.WarmUpQueries} warm-up queries. Index bytes: managed heap growth across our build less the passages' sentence text; the peers' figures are their index files (they keep no text). Ratios are ours over the peer's: below 1× we are faster or smaller.");
            text.AppendLine();
        }

        var scan = report.VectorScan;
        text.AppendLine(CultureInfo.InvariantCulture, $"Memory bandwidth (one thread, SIMD sum of {report.Options.BandwidthMegabytes} MB, best of about {BenchSettings.BandwidthRuns} passes interleaved with the last scan's runs): {Figures.Number(report.MemoryGigabytesPerSecond, "0.0")} GB/s.");
        if (scan is not null)
        {
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Vector search alone at {Int(scan.Passages)} passages × {scan.Dimensions} dims (sign bits scanned: {scan.Bytes / 1e6:0.0} MB; the best {Bot.Core.Search.SearchConstants.VectorCandidates:N0} re-scored from byte codes): p50 {Figures.Ms(scan.ScanP50Ms)} ms, best {Figures.Ms(scan.ScanBestMs)} ms = {scan.GigabytesPerSecond:0.0} GB/s of sign bits, {Figures.Percent(scan.ShareOfBandwidth)} of memory bandwidth."));
        }

        text.AppendLine();
        if (report.Ask is { } ask)
        {
            text.AppendLine(new MarkdownTable("whole process", "runs", "failures", "min (ms)", "median", "max", "`dotnet --version` min / median / max", "ratio min / median / max", "note")
                .Add(
                    $"`{ask.Command}`",
                    Int(ask.Runs),
                    Int(ask.Failures),
                    Figures.Ms(ask.MinMs),
                    Figures.Ms(ask.MedianMs),
                    Figures.Ms(ask.MaxMs),
                    $"{Figures.Ms(ask.YardstickMinMs)} / {Figures.Ms(ask.YardstickMedianMs)} / {Figures.Ms(ask.YardstickMaxMs)}",
                    $"{Figures.Ratio(ask.RatioMin)} / {Figures.Ratio(ask.RatioMedian)} / {Figures.Ratio(ask.RatioMax)}",
                    ask.Note ?? "")
                .ToString());
            text.AppendLine("Each ask run is followed by one `dotnet --version`; the ratio is taken pair by pair.");
        }

        return text.ToString();
    }

    private static string Pair(LatencyStats stats) => $"{Figures.Ms(stats.P50)} / {Figures.Ms(stats.P99)}";

    private static string Int(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

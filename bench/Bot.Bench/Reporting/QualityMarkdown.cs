using System.Globalization;
using System.Text;
using Bot.Bench.Quality;

namespace Bot.Bench.Reporting;

/// <summary>Renders a quality report as markdown.</summary>
internal static class QualityMarkdown
{
    public static string Render(QualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Quality (answerer: {report.Answerer}; sample: {report.Options.Sample?.ToString(CultureInfo.InvariantCulture) ?? "all"}; distractors: {report.Options.Distractors})");
        text.AppendLine();
        if (report.Seeds is { } seeds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Seeds (eval/dev.jsonl): {seeds.Passed}/{seeds.Cases} cases pass.");
            text.AppendLine();
            var failures = new MarkdownTable("case", "question", "why it fails", "answer");
            foreach (var miss in seeds.Outcomes.Where(o => !o.Passed))
            {
                failures.Add(miss.Id, miss.Question, miss.Failure ?? "", Shorten(miss.AnswerText));
            }

            if (seeds.Passed < seeds.Cases)
            {
                text.AppendLine(failures.ToString());
            }
        }

        var answers = new MarkdownTable("dataset", "questions (ans/unans)", "pool articles / passages", "answered", "gold cited", "answer text", "abstains (unans.)", "ms/answer");
        var recall = new MarkdownTable("dataset", "hybrid R@1", "R@5", "BM25 R@1", "R@5", "vector R@1", "R@5", "FTS5 R@1", "R@5", "Lucene.Net R@1", "R@5", "hybrid R@1 / FTS5", "/ Lucene.Net", "FTS5 windows R@1", "R@5");
        var vectors = new MarkdownTable("dataset", "vectors", "answered", "gold cited", "abstains (unans.)", "hybrid R@1", "R@5", "vector R@1", "R@5");
        foreach (var dataset in report.Datasets)
        {
            Rows(answers, recall, dataset.Description, $"{dataset.DatasetPassages + dataset.DistractorArticles} / {dataset.EnginePassages}", dataset.Figures);
            foreach (var variant in dataset.Vectors)
            {
                var f = variant.Figures;
                vectors.Add(dataset.Name, variant.Vectors, Figures.Percent(f.AnsweredShare), Figures.Percent(f.GoldCitedShare), Figures.Percent(f.AbstainShare), Figures.Percent(f.Hybrid.At1), Figures.Percent(f.Hybrid.At5), Figures.Percent(f.Vector.At1), Figures.Percent(f.Vector.At5));
            }
        }

        if (report.Combined is { } combined)
        {
            Rows(answers, recall, $"all, distinct ids ({combined.DuplicatesLeftOut} repeats left out)", "", combined.Figures);
        }

        text.AppendLine(answers.ToString());
        text.AppendLine(recall.ToString());
        text.AppendLine("R@k: the gold passage is among the first k distinct articles retrieved (answerable questions). FTS5: SQLite bm25(), unicode61, the raw question as an OR of its quoted tokens, over whole dataset passages; FTS5 windows: the same over the engine's passage windows. Lucene.Net 4.8: IndonesianAnalyzer, BM25, the question's analysed terms as an OR, over whole dataset passages. Ratios are ours over the peer's.");
        if (report.Datasets.Any(d => d.Vectors.Count > 1))
        {
            text.AppendLine();
            text.AppendLine("Vectors in the index: hashed (model-free character n-grams, the default), onnx (snowflake-arctic-embed-xs in process), fused (both, equal weight). BM25 and the peers are the same for all three.");
            text.AppendLine();
            text.AppendLine(vectors.ToString());
        }
        return text.ToString();
    }

    private static void Rows(MarkdownTable answers, MarkdownTable recall, string name, string pool, QualityFigures f)
    {
        answers.Add(
            name,
            string.Create(CultureInfo.InvariantCulture, $"{f.Questions} ({f.Answerable}/{f.Unanswerable})"),
            pool,
            Figures.Percent(f.AnsweredShare),
            Figures.Percent(f.GoldCitedShare),
            Figures.Percent(f.AnswerTextShare),
            Figures.Percent(f.AbstainShare),
            Figures.Ms(f.MeanAnswerMs));
        recall.Add(
            name,
            Figures.Percent(f.Hybrid.At1),
            Figures.Percent(f.Hybrid.At5),
            Figures.Percent(f.Bm25.At1),
            Figures.Percent(f.Bm25.At5),
            Figures.Percent(f.Vector.At1),
            Figures.Percent(f.Vector.At5),
            Figures.Percent(f.Fts5.At1),
            Figures.Percent(f.Fts5.At5),
            Figures.Percent(f.Lucene.At1),
            Figures.Percent(f.Lucene.At5),
            RecallRatio(f.Hybrid.At1, f.Fts5.At1),
            RecallRatio(f.Hybrid.At1, f.Lucene.At1),
            Figures.Percent(f.Fts5Windows.At1),
            Figures.Percent(f.Fts5Windows.At5));
    }

    private static string RecallRatio(double? ours, double? peer)
        => ours is { } o && peer is > 0 ? Figures.Ratio(o / peer.Value) : "–";

    private static string Shorten(string text)
    {
        const int Longest = 120;
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= Longest ? line : string.Concat(line.AsSpan(0, Longest), "…");
    }
}

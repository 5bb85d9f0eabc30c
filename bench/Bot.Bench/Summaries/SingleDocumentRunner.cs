namespace Bot.Bench.Summaries;

/// <summary>
/// Scores our summarizer and its peers on IndoSum articles against the human reference summaries.
/// Every system sees the same articles; differences to LEAD-3 are paired per article, with a
/// seeded bootstrap interval.
/// </summary>
internal sealed class SingleDocumentRunner(TextWriter progress)
{
    public const string Ours = "ours (learned scorer)";
    public const string Lead3 = "LEAD-3";
    public const string Lead3Cleaned = "LEAD-3, datelines stripped";
    public const string LexRankTop3 = "LexRank (top 3)";
    public const string Oracle = "ORACLE (gold labels)";

    private const int BootstrapSamples = 1000;

    public SingleDocumentReport Run(IReadOnlyList<IndoSumArticle> articles, string part)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ours = new OurSummarizer(articles);
        var lexRank = new LexRank(LexRank.Idf(articles.Select(a => a.Sentences.SelectMany(Rouge.Tokens))));
        var systems = new (string Name, Func<IndoSumArticle, IReadOnlyList<string>> Summarize)[]
        {
            (Ours, a => ours.Summarize(a)),
            (Lead3, a => SummaryPeers.Lead(a.Sentences)),
            (Lead3Cleaned, a => SummaryPeers.LeadCleaned(a)),
            (LexRankTop3, a => lexRank.Summarize(a.Sentences, SummaryPeers.LeadSentences)),
            (Oracle, SummaryPeers.Oracle),
        };

        var perArticle = systems.ToDictionary(s => s.Name, _ => new List<RougeScores>(), StringComparer.Ordinal);
        var lengths = systems.ToDictionary(s => s.Name, _ => (Sentences: 0.0, Words: 0.0), StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            foreach (var (name, summarize) in systems)
            {
                var sentences = summarize(article);
                var text = string.Join(' ', sentences);
                perArticle[name].Add(Rouge.Score(text, article.Reference));
                var (s, w) = lengths[name];
                lengths[name] = (s + sentences.Count, w + Rouge.Tokens(text).Count);
            }

            if ((i + 1) % 200 == 0)
            {
                progress.WriteLine($"  summaries: {i + 1}/{articles.Count}");
            }
        }

        var n = Math.Max(1, articles.Count);
        var scores = systems.Select(s => new SystemScores(
            s.Name,
            articles.Count,
            perArticle[s.Name].Average(r => r.Rouge1.F1),
            perArticle[s.Name].Average(r => r.Rouge2.F1),
            perArticle[s.Name].Average(r => r.RougeL.F1),
            lengths[s.Name].Sentences / n,
            lengths[s.Name].Words / n)).ToList();
        var differences = new List<PairedDifference>();
        foreach (var peer in new[] { Lead3, Lead3Cleaned, LexRankTop3 })
        {
            differences.Add(Difference("ROUGE-1", peer, perArticle[Ours], perArticle[peer], r => r.Rouge1.F1));
            differences.Add(Difference("ROUGE-2", peer, perArticle[Ours], perArticle[peer], r => r.Rouge2.F1));
            differences.Add(Difference("ROUGE-L", peer, perArticle[Ours], perArticle[peer], r => r.RougeL.F1));
        }

        return new SingleDocumentReport(part, articles.Count, scores, differences);
    }

    /// <summary>Mean of per-article differences, and the 2.5th and 97.5th percentiles of that mean over seeded resamples of the articles.</summary>
    internal static PairedDifference Difference(string measure, string peer, IReadOnlyList<RougeScores> ours, IReadOnlyList<RougeScores> theirs, Func<RougeScores, double> f1)
    {
        var deltas = ours.Select((o, i) => f1(o) - f1(theirs[i])).ToArray();
        if (deltas.Length == 0)
        {
            return new PairedDifference(measure, peer, 0, 0, 0);
        }

        var random = new Random(BenchSettings.Seed);
        var means = new double[BootstrapSamples];
        for (var b = 0; b < BootstrapSamples; b++)
        {
            var sum = 0.0;
            for (var i = 0; i < deltas.Length; i++)
            {
                sum += deltas[random.Next(deltas.Length)];
            }

            means[b] = sum / deltas.Length;
        }

        Array.Sort(means);
        return new PairedDifference(measure, peer, deltas.Average(), means[(int)(0.025 * BootstrapSamples)], means[(int)(0.975 * BootstrapSamples) - 1]);
    }
}

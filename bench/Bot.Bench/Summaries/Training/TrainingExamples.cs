using Bot.Core.Summaries;

namespace Bot.Bench.Summaries.Training;

/// <summary>
/// Labelled sentences for the scorer: every candidate the summarizer would consider in an IndoSum
/// article, labelled with the gold extractive label of the dataset sentence it came from. Novelty is
/// measured against the gold sentences before it (what a correct summary would already hold there).
/// </summary>
internal static class TrainingExamples
{
    /// <summary>A candidate is the dataset sentence whose words it contains most of, if that is at least half of its words.</summary>
    private const double MinAlignment = 0.5;

    public static (List<double[]> Features, List<bool> Labels) From(OurSummarizer summarizer, IReadOnlyList<IndoSumArticle> articles, SummaryOptions options)
    {
        var features = new List<double[]>();
        var labels = new List<bool>();
        foreach (var article in articles)
        {
            var pool = StoryCandidates.Build(summarizer.KnowledgeBase, summarizer.StoryOf(article), null, options);
            var gold = pool.Candidates.Select(c => IsGold(c.Text, article)).ToList();
            for (var i = 0; i < pool.Candidates.Count; i++)
            {
                var candidate = pool.Candidates[i];
                var before = pool.Candidates.Where((c, j) => gold[j] && c.Position < candidate.Position).ToList();
                features.Add(candidate.FeaturesGiven(before));
                labels.Add(gold[i]);
            }
        }

        return (features, labels);
    }

    internal static bool IsGold(string candidate, IndoSumArticle article)
    {
        var words = Rouge.Tokens(candidate).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return false;
        }

        var best = 0.0;
        var label = false;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            for (var s = 0; s < article.Paragraphs[p].Count; s++)
            {
                var share = (double)Rouge.Tokens(article.Paragraphs[p][s]).Distinct(StringComparer.Ordinal).Count(words.Contains) / words.Count;
                if (share > best)
                {
                    best = share;
                    label = article.GoldLabels[p][s];
                }
            }
        }

        return best >= MinAlignment && label;
    }
}

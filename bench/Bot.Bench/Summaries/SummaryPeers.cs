namespace Bot.Bench.Summaries;

/// <summary>
/// The summarizers ours is measured beside, each on the dataset's own sentences: the first three
/// (LEAD-3), LexRank's three most central, and the gold extractive labels (ORACLE, the ceiling of
/// any extractive summary of these sentences).
/// </summary>
internal static class SummaryPeers
{
    public const int LeadSentences = 3;

    public static IReadOnlyList<string> Lead(IReadOnlyList<string> sentences, int count = LeadSentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. sentences.Take(count)];
    }

    /// <summary>LEAD-3 after the cleaning our summarizer applies (datelines, furniture): how much of our lead over LEAD-3 the cleaning alone gives.</summary>
    public static IReadOnlyList<string> LeadCleaned(IndoSumArticle article, int count = LeadSentences)
    {
        ArgumentNullException.ThrowIfNull(article);
        return [.. article.Sentences.Select(s => Bot.Core.Summaries.SentenceCleaner.Clean(s, Bot.Core.Summaries.SummaryOptions.Default.MaxDatelineLength, article.Source)).OfType<string>().Take(count)];
    }

    public static IReadOnlyList<string> Oracle(IndoSumArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.OracleSentences;
    }
}

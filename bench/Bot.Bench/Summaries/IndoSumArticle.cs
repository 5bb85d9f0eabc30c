namespace Bot.Bench.Summaries;

/// <summary>
/// One IndoSum article: its paragraphs of sentences as the dataset segmented them, the gold
/// extractive label of every sentence, and the human reference summary.
/// </summary>
internal sealed record IndoSumArticle(
    string Id,
    string Source,
    string Category,
    string Title,
    DateTimeOffset Published,
    IReadOnlyList<IReadOnlyList<string>> Paragraphs,
    IReadOnlyList<IReadOnlyList<bool>> GoldLabels,
    string Reference)
{
    /// <summary>The sentences in reading order.</summary>
    public IReadOnlyList<string> Sentences => [.. Paragraphs.SelectMany(p => p)];

    /// <summary>The sentences the dataset labels as the extractive oracle, in reading order.</summary>
    public IReadOnlyList<string> OracleSentences => [.. Paragraphs.SelectMany((p, i) => p.Where((_, j) => GoldLabels[i][j]))];
}

namespace Bot.Core.Summaries;

/// <summary>One sentence of a summary, quoted from an article, with the numbers of the sources that say it (1-based, into <see cref="StorySummary.Sources"/>).</summary>
public sealed record SummarySentence(string Text, string ArticleId, IReadOnlyList<int> Sources);

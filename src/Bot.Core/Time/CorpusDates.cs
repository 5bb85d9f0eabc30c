namespace Bot.Core.Time;

/// <summary>Resolved date mentions of every sentence of every article.</summary>
public sealed class CorpusDates
{
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<DateMention>>> _byArticle;
    private readonly Dictionary<string, DateOnly> _references;

    public CorpusDates(Dictionary<string, IReadOnlyList<IReadOnlyList<DateMention>>> byArticle)
        : this(byArticle, new Dictionary<string, DateOnly>(StringComparer.Ordinal))
    {
    }

    public CorpusDates(Dictionary<string, IReadOnlyList<IReadOnlyList<DateMention>>> byArticle, Dictionary<string, DateOnly> references)
    {
        _byArticle = byArticle;
        _references = references;
        Latest = references.Count == 0 ? null : references.Values.Max();
    }

    /// <summary>
    /// The latest article reference date (publication date, or anchor when the article's weekdays
    /// contradict its date line): what a question's "last May" or "kemarin" should be read against.
    /// </summary>
    public DateOnly? Latest { get; }

    public IReadOnlyList<DateMention> For(string articleId, int sentenceIndex)
        => _byArticle.TryGetValue(articleId, out var sentences) && sentenceIndex >= 0 && sentenceIndex < sentences.Count
            ? sentences[sentenceIndex]
            : [];

    /// <summary>The date an article's relative mentions were resolved against, if it had one.</summary>
    public DateOnly? ReferenceDate(string articleId) => _references.TryGetValue(articleId, out var date) ? date : null;
}

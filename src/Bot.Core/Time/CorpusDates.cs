namespace Bot.Core.Time;

/// <summary>Resolved date mentions of every sentence of every article.</summary>
public sealed class CorpusDates
{
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<DateMention>>> _byArticle;

    public CorpusDates(Dictionary<string, IReadOnlyList<IReadOnlyList<DateMention>>> byArticle) => _byArticle = byArticle;

    public IReadOnlyList<DateMention> For(string articleId, int sentenceIndex)
        => _byArticle.TryGetValue(articleId, out var sentences) && sentenceIndex >= 0 && sentenceIndex < sentences.Count
            ? sentences[sentenceIndex]
            : [];
}

using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>One sentence of an article with its position, role and resolved dates.</summary>
public sealed record ArticleSentence(string ArticleId, int Index, string Text, PassageKind Kind)
{
    private readonly IReadOnlyList<DateMention>? _dates;
    private readonly DeferredDates? _deferred;

    public ArticleSentence(string articleId, int index, string text, PassageKind kind, IReadOnlyList<DateMention> dates)
        : this(articleId, index, text, kind)
        => _dates = dates;

    /// <summary>A sentence of a built corpus, whose dates resolve with the corpus's on first use.</summary>
    internal ArticleSentence(string articleId, int index, string text, PassageKind kind, DeferredDates dates)
        : this(articleId, index, text, kind)
        => _deferred = dates;

    public IReadOnlyList<DateMention> Dates => _dates ?? _deferred?.For(ArticleId, Index) ?? [];
}

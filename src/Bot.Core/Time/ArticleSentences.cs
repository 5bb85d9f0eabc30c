namespace Bot.Core.Time;

/// <summary>
/// The sentences of one article, the unit the corpus date resolver works on.
/// <see cref="Published"/> is the publication date when known; <see cref="PublishedStated"/>
/// says whether the article stated it (a date line) or it was inferred from the text.
/// </summary>
public sealed record ArticleSentences(string ArticleId, DateOnly? Published, IReadOnlyList<string> Sentences)
{
    public bool PublishedStated { get; init; } = true;
}

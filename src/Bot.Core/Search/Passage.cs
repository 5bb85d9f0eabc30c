using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>
/// A retrievable unit: a window of consecutive sentences of one article, with the dates
/// those sentences mention. <see cref="Id"/> is the passage's index in the corpus index.
/// </summary>
public sealed record Passage(
    int Id,
    string ArticleId,
    int FirstSentence,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<DateMention> Dates,
    bool IsCaption)
{
    public string Text => string.Join(' ', Sentences);

    public PassageKind Kind { get; init; } = IsCaption ? PassageKind.Caption : PassageKind.Body;
}

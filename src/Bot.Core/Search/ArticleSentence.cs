using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>One sentence of an article with its position, role and resolved dates.</summary>
public sealed record ArticleSentence(string ArticleId, int Index, string Text, PassageKind Kind, IReadOnlyList<DateMention> Dates);

using Bot.Core.Articles;

namespace Bot.Core.Time;

/// <summary>The sentences of one article, the unit the corpus date resolver works on.</summary>
public sealed record ArticleSentences(string ArticleId, PublicationDate? Published, IReadOnlyList<string> Sentences);

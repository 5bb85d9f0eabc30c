using Bot.Core.Articles;

namespace Bot.Core.Answering.Metadata;

/// <summary>An article a question refers to, with how well the question's words fit it (0–1).</summary>
internal sealed record ArticleMatch(Article Article, double Score);

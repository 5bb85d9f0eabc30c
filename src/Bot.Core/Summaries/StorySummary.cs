using Bot.Core.Articles;

namespace Bot.Core.Summaries;

/// <summary>
/// What a digest says about one story: a headline, a few sentences with [n] citations, and the
/// numbered sources. An update (the story was posted before and grew) cites only its new articles.
/// </summary>
public sealed record StorySummary(Story Story, string Headline, IReadOnlyList<SummarySentence> Sentences, IReadOnlyList<Article> Sources, bool IsUpdate)
{
    /// <summary>The articles this summary posts: what is recorded once it is out.</summary>
    public IReadOnlyList<string> ArticleIds => [.. Sources.Select(a => a.Id)];
}

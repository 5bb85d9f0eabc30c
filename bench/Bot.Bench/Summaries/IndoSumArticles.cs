using Bot.Core.Articles;

namespace Bot.Bench.Summaries;

/// <summary>An IndoSum article as the engine reads one: the URL slug as its title, one body block per paragraph.</summary>
internal static class IndoSumArticles
{
    public static Article ToArticle(IndoSumArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = new PublicationDate(DateOnly.FromDateTime(article.Published.DateTime), TimeOnly.FromDateTime(article.Published.DateTime), "+07:00", true, "IndoSum id (Unix time)");
        return new Article(
            article.Id,
            article.Title,
            article.Source,
            published,
            [],
            [],
            null,
            [.. article.Paragraphs.Select(p => new ArticleBlock(string.Join(' ', p), BlockKind.Body))],
            article.Id);
    }
}

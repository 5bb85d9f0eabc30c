using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core;

/// <summary>
/// Everything the engine knows about one set of articles: the articles, their passages with
/// resolved dates, and the indexes over them. Immutable; a changed corpus builds a new one.
/// </summary>
public sealed class KnowledgeBase : IArticleCatalog
{
    private KnowledgeBase(IReadOnlyList<Article> articles, IReadOnlyList<Passage> passages)
    {
        Articles = articles;
        Passages = passages;
        Retriever = new HybridRetriever(passages);
    }

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public HybridRetriever Retriever { get; }

    public static KnowledgeBase Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return new KnowledgeBase(articles, []);
    }
}

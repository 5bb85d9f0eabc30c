using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core;

public static class KnowledgeBaseSourceExtensions
{
    /// <summary>The articles of whichever snapshot is current, for listings such as /sources.</summary>
    public static IArticleCatalog Catalog(this IKnowledgeBaseSource source) => new CurrentView(source);

    /// <summary>Retrieval from whichever snapshot is current, for long-lived answerers.</summary>
    public static IPassageRetriever Retriever(this IKnowledgeBaseSource source) => new CurrentView(source);

    private sealed class CurrentView(IKnowledgeBaseSource source) : IArticleCatalog, IPassageRetriever
    {
        public IReadOnlyList<Article> Articles => source.Current.Articles;

        public IReadOnlyList<SearchHit> Retrieve(string question, int top) => source.Current.Retriever.Retrieve(question, top);
    }
}

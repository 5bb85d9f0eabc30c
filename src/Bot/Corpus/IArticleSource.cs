using Bot.Core.Articles;

namespace Bot.Corpus;

/// <summary>Where the knowledge base reads its articles from, whole, each time it is built.</summary>
public interface IArticleSource
{
    /// <summary>The place, for messages ("the folder /srv/articles", "the articles table of PostgreSQL database 'bot' on db:5432").</summary>
    string Describe { get; }

    /// <summary>What to do when there is nothing to answer from.</summary>
    string EmptyHint { get; }

    /// <summary>Reads every article; files that cannot be used are in the result's skipped list with the reason.</summary>
    ArticleLoadResult Load();
}

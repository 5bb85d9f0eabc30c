namespace Bot.Core.Articles;

/// <summary>The articles the bot currently knows, for listings such as /sources.</summary>
public interface IArticleCatalog
{
    IReadOnlyList<Article> Articles { get; }
}

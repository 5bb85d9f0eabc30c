using Bot.Core.Articles;

namespace Bot.Bench.Corpus;

/// <summary>Loads the repository's articles/ folder with the product's loader.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<Article> Load(string folder) => new ArticleLoader().LoadFolder(folder).Articles;
}

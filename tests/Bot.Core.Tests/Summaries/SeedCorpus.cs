using Bot.Core.Articles;

namespace Bot.Core.Tests.Summaries;

/// <summary>The repository's seed articles, loaded and indexed once for all summary tests.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<KnowledgeBase> Shared = new(() => KnowledgeBase.Build(new ArticleLoader().LoadFolder(Folder).Articles));

    public static KnowledgeBase KnowledgeBase => Shared.Value;

    private static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "articles");
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The repository's articles folder was not found.");
        }
    }
}

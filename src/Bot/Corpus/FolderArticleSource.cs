using Bot.Core.Articles;

namespace Bot.Corpus;

/// <summary>The .txt and .md files under one folder (Articles:Source=folder, the default).</summary>
public sealed class FolderArticleSource(string folder, ArticleLoader loader) : IArticleSource
{
    /// <summary>The resolved folder.</summary>
    public string Folder { get; } = folder;

    public string Describe => $"'{Folder}'";

    public string EmptyHint => "Add .txt or .md files there, or set --Articles:Path=FOLDER.";

    public ArticleLoadResult Load() => loader.LoadFolder(Folder);
}

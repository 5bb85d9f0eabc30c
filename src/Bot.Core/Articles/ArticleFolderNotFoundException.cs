namespace Bot.Core.Articles;

/// <summary>The configured articles folder does not exist.</summary>
public sealed class ArticleFolderNotFoundException : Exception
{
    public ArticleFolderNotFoundException(string path)
        : base($"The articles folder '{path}' does not exist. Set Articles:Path to a folder of .txt or .md files.")
        => FolderPath = path;

    public ArticleFolderNotFoundException()
        : this(string.Empty)
    {
    }

    public ArticleFolderNotFoundException(string message, Exception innerException)
        : base(message, innerException) => FolderPath = string.Empty;

    public string FolderPath { get; }
}

namespace Bot.Core.Articles;

/// <summary>An article file's bytes kept elsewhere than a folder (a database row), named by its path relative to the folder it came from.</summary>
public sealed record StoredArticleFile(string Path, byte[] Content);

namespace Bot.Core.Articles;

/// <summary>The articles that loaded and the files that were skipped, each with the reason.</summary>
public sealed record ArticleLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<SkippedFile> Skipped);

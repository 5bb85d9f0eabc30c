namespace Bot.Core.Articles;

/// <summary>A paragraph of article content with its role.</summary>
public sealed record ArticleBlock(string Text, BlockKind Kind);

namespace Bot.Core.Articles;

/// <summary>One news article as loaded from the corpus folder, boilerplate removed.</summary>
public sealed record Article(
    string Id,
    string Title,
    string? Outlet,
    PublicationDate? Published,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Editors,
    string? WireSource,
    IReadOnlyList<ArticleBlock> Blocks,
    string SourcePath)
{
    /// <summary>The body text (headline excluded), one block per line.</summary>
    public string BodyText => string.Join('\n', Blocks.Where(b => b.Kind != BlockKind.Headline).Select(b => b.Text));
}

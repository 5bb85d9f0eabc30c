using Bot.Core.Articles;

namespace Bot.Bench.Corpus;

/// <summary>
/// Loads the repository's articles/ folder. STAND-IN until Bot.Core.Articles.ArticleLoader lands:
/// each file becomes one article whose non-empty lines are body blocks. Replace the body of
/// <see cref="Load"/> with the ArticleLoader call.
/// </summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<Article> Load(string folder)
        => Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(FromFile)
            .ToList();

    private static Article FromFile(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var blocks = lines.Skip(1).Select(l => new ArticleBlock(l, BlockKind.Body)).ToList();
        return new Article(id, lines.FirstOrDefault() ?? id, null, null, [], [], null, blocks, path);
    }
}

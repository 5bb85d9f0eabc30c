using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Core.Articles;

/// <summary>
/// Loads every .txt and .md file under a folder as an article. A file that is empty, binary or
/// unreadable is skipped with a warning that names it; the rest still load.
/// </summary>
public sealed class ArticleLoader
{
    private static readonly string[] Extensions = [".txt", ".md"];
    private readonly ILogger _logger;

    public ArticleLoader(ILogger<ArticleLoader>? logger = null) => _logger = (ILogger?)logger ?? NullLogger.Instance;

    public ArticleLoadResult LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ArticleFolderNotFoundException(full);
        }

        var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var articles = new List<Article>(files.Count);
        var skipped = new List<SkippedFile>();
        foreach (var file in files)
        {
            var outcome = LoadFile(file);
            if (outcome.Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                skipped.Add(new SkippedFile(file, outcome.Reason!));
                Log.ArticleSkipped(_logger, file, outcome.Reason!);
            }
        }

        Log.ArticlesLoaded(_logger, articles.Count, full, skipped.Count);
        return new ArticleLoadResult(articles, skipped);
    }

    /// <summary>Parses one file; returns the reason instead of an article when it cannot be used.</summary>
    public static (Article? Article, string? Reason) LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"unreadable: {ex.Message}");
        }

        if (bytes.Length == 0)
        {
            return (null, "empty file");
        }

        if (LooksBinary(bytes))
        {
            return (null, "binary content, not text");
        }

        var text = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "no text");
        }

        var id = Path.GetFileNameWithoutExtension(path);
        var article = ArticleParser.Parse(id, text, path);
        return article.Blocks.Count == 0 ? (null, "no article content after removing boilerplate") : (article, null);
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }

        // Text files carry almost no C0 control characters; a few percent means binary.
        return control > sample.Length / 50;
    }

    private static string Decode(byte[] bytes)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return utf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Older Indonesian sites still serve Windows-1252/Latin-1 pages.
            return Encoding.Latin1.GetString(bytes);
        }
    }
}

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

    /// <summary>
    /// Files larger than this are skipped unread: a news article is a few kilobytes, a file of
    /// many megabytes is a dump or an accident, and parsing it would hold up every start.
    /// </summary>
    public const long MaxFileBytes = 16L << 20;

    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.None,
    };
    private readonly ILogger _logger;
    private readonly TimeSpan? _budget;
    private readonly TimeProvider _time;
    private readonly Func<string, (Article? Article, string? Reason)> _load;

    /// <param name="budget">How long one file may take to read and parse (Budgets:Article); past it the file is skipped. Null: no limit.</param>
    public ArticleLoader(ILogger<ArticleLoader>? logger = null, TimeSpan? budget = null, TimeProvider? time = null)
        : this(logger, budget, time, LoadFile)
    {
    }

    /// <summary>With the step that loads one file replaced (tests inject a slow one).</summary>
    internal ArticleLoader(ILogger<ArticleLoader>? logger, TimeSpan? budget, TimeProvider? time, Func<string, (Article? Article, string? Reason)> load)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _budget = budget;
        _time = time ?? TimeProvider.System;
        _load = load;
    }

    public ArticleLoadResult LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ArticleFolderNotFoundException(full);
        }

        var files = FilesUnder(full);
        return LoadEach(files, file => () => _load(file), full);
    }

    /// <summary>
    /// Loads articles from stored copies of their files (a database's articles table), each named
    /// by its path: the same checks, decoding, budget and skip reasons as files read from a folder.
    /// </summary>
    /// <param name="origin">Where the copies come from, for the log line.</param>
    public ArticleLoadResult LoadStored(IReadOnlyList<StoredArticleFile> stored, string origin)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var byPath = stored.ToDictionary(s => s.Path, StringComparer.Ordinal);
        return LoadEach([.. stored.Select(s => s.Path)], path => () => Parse(byPath[path].Content, path), origin);
    }

    /// <summary>
    /// The article files under a folder (.txt and .md, recursively), in ordinal path order. A
    /// subfolder the bot may not read is passed over rather than failing the whole load; symbolic
    /// links to folders are not followed, so a link loop cannot recurse forever.
    /// </summary>
    public static IReadOnlyList<string> FilesUnder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ArticleFolderNotFoundException(full);
        }

        return Directory.EnumerateFiles(full, "*", Enumeration)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private ArticleLoadResult LoadEach(IReadOnlyList<string> paths, Func<string, Func<(Article? Article, string? Reason)>> loadOf, string origin)
    {
        var articles = new List<Article>(paths.Count);
        var skipped = new List<SkippedFile>();
        foreach (var path in paths)
        {
            var outcome = LoadWithinBudget(loadOf(path));
            if (outcome.Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                skipped.Add(new SkippedFile(path, outcome.Reason!));
                Log.ArticleSkipped(_logger, path, outcome.Reason!);
            }
        }

        Log.ArticlesLoaded(_logger, articles.Count, origin, skipped.Count);
        return new ArticleLoadResult(articles, skipped);
    }

    /// <summary>
    /// Loads one file on a pool thread and waits at most the budget for it. A file past its budget
    /// is skipped (its parse finishes in the background and is discarded), so one pathological
    /// file cannot hold up the rest of the folder.
    /// </summary>
    private (Article? Article, string? Reason) LoadWithinBudget(Func<(Article? Article, string? Reason)> load)
    {
        if (_budget is not { } budget)
        {
            return load();
        }

        var work = Task.Run(load);
        try
        {
            return work.WaitAsync(budget, _time).GetAwaiter().GetResult();
        }
        catch (TimeoutException)
        {
            work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return (null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"took longer than the {budget.TotalSeconds:0.###} s budget to read (Budgets:Article)"));
        }
    }

    /// <summary>Parses one file; returns the reason instead of an article when it cannot be used.</summary>
    public static (Article? Article, string? Reason) LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return (null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"too large ({length:N0} bytes; articles over {MaxFileBytes >> 20} MB are not read)"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"unreadable: {ex.Message}");
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses the bytes of a file named <paramref name="path"/>; returns the reason instead of an article when they cannot be used.</summary>
    internal static (Article? Article, string? Reason) Parse(byte[] bytes, string path)
    {
        if (bytes.Length == 0)
        {
            return (null, "empty file");
        }

        var unicode = UnicodeEncoding(bytes);
        if (unicode is null && LooksBinary(bytes))
        {
            return (null, "binary content, not text");
        }

        var text = unicode is null ? Decode(bytes) : unicode.GetString(bytes).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "no text");
        }

        var id = Path.GetFileNameWithoutExtension(path);
        Article article;
        try
        {
            article = ArticleParser.Parse(id, text, path);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return (null, "a text pattern ran past its time limit on this file (RegexBudget)");
        }

        // The headline block is always there (the file name stands in for a missing one); an article needs more.
        return article.Blocks.All(b => b.Kind == BlockKind.Headline) ? (null, "no article content after removing boilerplate") : (article, null);
    }

    /// <summary>
    /// UTF-16 when the file says so with a byte order mark, or when it is plainly UTF-16 text
    /// without one (a zero in every other byte, as Notepad's "Unicode" files have); else null.
    /// </summary>
    private static Encoding? UnicodeEncoding(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] && bytes is not [_, _, 0, 0, ..])
        {
            return Encoding.Unicode;
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode;
        }

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192) & ~1);
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        // Latin-script UTF-16 has a zero high byte in nearly every code unit and a zero low byte in almost none.
        var units = sample.Length / 2;
        return (oddZeros * 10 >= units * 9, evenZeros * 10 >= units * 9) switch
        {
            (true, false) when evenZeros == 0 => Encoding.Unicode,
            (false, true) when oddZeros == 0 => Encoding.BigEndianUnicode,
            _ => null,
        };
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

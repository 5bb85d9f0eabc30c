using Bot.Core;
using Bot.Core.Articles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// Holds the current knowledge base. It is built on first use and replaced whole on reload, so
/// answers in flight keep the snapshot they started with.
/// </summary>
public sealed class KnowledgeBaseProvider : IArticleCatalog, IKnowledgeBaseSource
{
    private readonly ILogger<ArticleLoader> _loaderLogger;
    private readonly string _folder;
    private readonly Lock _gate = new();
    private KnowledgeBase? _current;

    public KnowledgeBaseProvider(IOptions<ArticlesOptions> options, IHostEnvironment environment, ILogger<ArticleLoader> loaderLogger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _loaderLogger = loaderLogger;
        _folder = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
    }

    /// <summary>The resolved articles folder.</summary>
    public string Folder => _folder;

    public KnowledgeBase Current
    {
        get
        {
            lock (_gate)
            {
                return _current ??= Load();
            }
        }
    }

    public IReadOnlyList<Article> Articles => Current.Articles;

    /// <summary>Files the last load skipped, each with the reason.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; private set; } = [];

    /// <summary>Reloads the folder and swaps the knowledge base in one step.</summary>
    public KnowledgeBase Reload()
    {
        var fresh = Load();
        lock (_gate)
        {
            _current = fresh;
        }

        return fresh;
    }

    private KnowledgeBase Load()
    {
        var result = new ArticleLoader(_loaderLogger).LoadFolder(_folder);
        Skipped = result.Skipped;
        return KnowledgeBase.Build(result.Articles);
    }
}

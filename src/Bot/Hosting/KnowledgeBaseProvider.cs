using System.ClientModel;
using System.Text.Json;
using Bot.Core;
using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Budgets;
using Bot.Core.Search;
using Bot.Core.ChatModels;
using Bot.Corpus;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// The <see cref="IKnowledgeBaseSource"/> over an <see cref="IArticleSource"/> (the articles folder,
/// or the shared articles table): the knowledge base is built on first use and replaced whole on
/// reload, so answers in flight keep the snapshot they started with.
/// </summary>
public sealed class KnowledgeBaseProvider : IKnowledgeBaseSource
{
    private readonly ILogger<KnowledgeBaseProvider> _logger;
    private readonly IArticleSource _source;
    private readonly Lock _gate = new();
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;
    private KnowledgeBase? _current;

    /// <param name="embeddings">An embedding model's generator (Ai:EmbeddingModel or Ai:Embeddings:OnnxModelPath); without one the model-free hashed embedder is used.</param>
    /// <param name="budgets">Budgets:Article bounds the time one file may take to load.</param>
    /// <param name="source">Where the articles are; without one, the folder at Articles:Path.</param>
    public KnowledgeBaseProvider(
        IOptions<ArticlesOptions> options,
        IHostEnvironment environment,
        ILogger<ArticleLoader> loaderLogger,
        ILogger<KnowledgeBaseProvider> logger,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
        IOptions<BudgetOptions>? budgets = null,
        IArticleSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _logger = logger;
        _embeddings = embeddings;
        _source = source ?? new FolderArticleSource(
            System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath),
            new ArticleLoader(loaderLogger, budgets?.Value.Article));
    }

    public event EventHandler<KnowledgeBaseChangedEventArgs>? Changed;

    /// <summary>Where the articles are read from.</summary>
    public IArticleSource Source => _source;

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

    /// <summary>
    /// Told how far every build is (stage, done, total), from the building thread; a console sets
    /// it before the first use to show progress on a large folder.
    /// </summary>
    public IProgress<IndexProgress>? Progress { get; set; }

    /// <summary>Files the last load skipped, each with the reason.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; private set; } = [];

    /// <summary>Why the last load indexed without the embedding model (it was unreachable or failed), or null.</summary>
    public string? EmbeddingFallback { get; private set; }

    /// <summary>Reloads the folder, swaps the knowledge base in one step and tells <see cref="Changed"/>.</summary>
    public KnowledgeBase Reload()
    {
        var fresh = Load();
        lock (_gate)
        {
            _current = fresh;
        }

        Changed?.Invoke(this, new KnowledgeBaseChangedEventArgs(fresh));
        return fresh;
    }

    private KnowledgeBase Load()
    {
        var started = Stopwatch.GetTimestamp();
        var result = _source.Load();
        Skipped = result.Skipped;
        EmbeddingFallback = null;
        var knowledgeBase = Build(result.Articles);
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.ArticlesIndexed(_logger, knowledgeBase.Articles.Count, knowledgeBase.Passages.Count, result.Skipped.Count, elapsedMs);
        return knowledgeBase;
    }

    private KnowledgeBase Build(IReadOnlyList<Article> articles)
    {
        var progress = Progress;
        if (_embeddings is null)
        {
            return KnowledgeBase.Build(articles, progress);
        }

        try
        {
            // Loads run on first use or on the watcher's task, never on a question's hot path.
            return KnowledgeBase.BuildAsync(articles, _embeddings, progress, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or OperationCanceledException or InvalidOperationException
            or ClientResultException or InvalidDataException or JsonException or ChatModelUnavailableException)
        {
            // An unreachable embedding model must not take the bot down: answer with the model-free index.
            EmbeddingFallback = ex.GetType().Name;
            Log.EmbeddingModelUnavailable(_logger, EmbeddingFallback);
            return KnowledgeBase.Build(articles, progress);
        }
    }
}

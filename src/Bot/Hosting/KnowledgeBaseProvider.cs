using Bot.Core;
using Bot.Core.Articles;
using Microsoft.Extensions.AI;
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

    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;

    /// <param name="embeddings">An embedding model's generator (Ai:EmbeddingModel); without one the model-free hashed embedder is used.</param>
    public KnowledgeBaseProvider(IOptions<ArticlesOptions> options, IHostEnvironment environment, ILogger<ArticleLoader> loaderLogger, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _loaderLogger = loaderLogger;
        _embeddings = embeddings;
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
        if (_embeddings is null)
        {
            return KnowledgeBase.Build(result.Articles);
        }

        try
        {
            // Loads run on first use or on the watcher's task, never on a question's hot path.
            return KnowledgeBase.BuildAsync(result.Articles, _embeddings, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException or InvalidOperationException or System.ClientModel.ClientResultException)
        {
            // An unreachable embedding model must not take the bot down: answer with the model-free index.
            Log.EmbeddingModelUnavailable(_loaderLogger, ex.GetType().Name);
            return KnowledgeBase.Build(result.Articles);
        }
    }
}

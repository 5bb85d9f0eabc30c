using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Core;

/// <summary>
/// Everything the engine knows about one set of articles: the articles, their sentences and
/// passages with resolved dates, and the indexes over them. Immutable; a changed corpus builds
/// a new one, so readers never see a half-built index.
/// </summary>
public sealed class KnowledgeBase : IArticleCatalog
{
    private readonly Dictionary<string, Article> _byId;
    private readonly Lazy<DateOnly?> _latestMentionedDate;

    private KnowledgeBase(
        IReadOnlyList<Article> articles,
        IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> sentences,
        IReadOnlyList<Passage> passages,
        HybridRetriever retriever,
        TermAnalyzer analyzer,
        TimeSpan buildTime)
    {
        Articles = articles;
        Sentences = sentences;
        Passages = passages;
        Retriever = retriever;
        Analyzer = analyzer;
        BuildTime = buildTime;
        _byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _latestMentionedDate = new Lazy<DateOnly?>(() => sentences.Values.SelectMany(s => s).SelectMany(s => s.Dates).Select(d => (DateOnly?)d.Date).Max());
    }

    /// <summary>The latest date any sentence mentions: "now" for questions that name a month without its year.</summary>
    /// <remarks>Read on first use, as the sentences' dates are: reading it resolves the corpus's dates.</remarks>
    public DateOnly? LatestMentionedDate => _latestMentionedDate.Value;

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> Sentences { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public HybridRetriever Retriever { get; }

    public TermAnalyzer Analyzer { get; }

    public TimeSpan BuildTime { get; }

    public Article Article(string id) => _byId[id];

    /// <summary>Builds with the model-free hashed embedder.</summary>
    public static KnowledgeBase Build(IReadOnlyList<Article> articles) => Build(articles, progress: null);

    /// <summary>Builds with the model-free hashed embedder, reporting each stage's progress.</summary>
    public static KnowledgeBase Build(IReadOnlyList<Article> articles, IProgress<IndexProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var watch = Stopwatch.StartNew();
        var analyzer = TermAnalyzer.Default;
        var embedder = new HashedNgramEmbedder(analyzer);
        var (sentences, passages) = PassageBuilder.Build(articles, progress);
        var (terms, vectors) = PassageAnalysis.Run(passages, sentences, analyzer, embedder, progress);
        var bm25 = BuildPostings(terms, progress);
        var retriever = new HybridRetriever(passages, bm25, vectors!, embedder.Embed, analyzer);
        return new KnowledgeBase(articles, sentences, passages, retriever, analyzer, watch.Elapsed);
    }

    /// <summary>
    /// Builds with an embedding model's vectors (for instance a remote one). Passages are sent in
    /// batches; the query side calls the same generator.
    /// </summary>
    public static Task<KnowledgeBase> BuildAsync(IReadOnlyList<Article> articles, IEmbeddingGenerator<string, Embedding<float>> generator, CancellationToken cancellationToken)
        => BuildAsync(articles, generator, progress: null, cancellationToken);

    /// <summary>Builds with an embedding model's vectors, reporting each stage's progress.</summary>
    public static async Task<KnowledgeBase> BuildAsync(IReadOnlyList<Article> articles, IEmbeddingGenerator<string, Embedding<float>> generator, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(generator);
        if (generator is HashedNgramEmbedder)
        {
            return Build(articles, progress);
        }

        var watch = Stopwatch.StartNew();
        var analyzer = TermAnalyzer.Default;
        var (sentences, passages) = PassageBuilder.Build(articles, progress);
        var (terms, _) = PassageAnalysis.Run(passages, sentences, analyzer, embedder: null, progress);
        var bm25 = BuildPostings(terms, progress);
        const int batch = 64;
        VectorIndex? vectors = null;
        for (var start = 0; start < passages.Count; start += batch)
        {
            var texts = passages.Skip(start).Take(batch).Select(p => p.Text).ToList();
            var embeddings = await generator.GenerateAsync(texts, EmbeddingInput.Passage, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < embeddings.Count; i++)
            {
                var vector = embeddings[i].Vector.ToArray();
                vectors ??= new VectorIndex(passages.Count, vector.Length);
                if (vector.Length != vectors.Dimensions)
                {
                    throw new InvalidDataException($"The embedding model returned {vector.Length} dimensions after {vectors.Dimensions}.");
                }

                VectorIndex.Normalize(vector);
                vectors.Set(start + i, vector);
            }

            progress?.Report(new IndexProgress(IndexStage.Embeddings, Math.Min(passages.Count, start + batch), passages.Count));
        }

        vectors ??= new VectorIndex([], 1);
        float[] EmbedQuery(string text)
        {
            // The retriever's seam is synchronous; a remote query embedding blocks one pool thread.
            var v = generator.GenerateAsync([text], EmbeddingInput.Query, CancellationToken.None).GetAwaiter().GetResult()[0].Vector.ToArray();
            VectorIndex.Normalize(v);
            return v;
        }

        var retriever = new HybridRetriever(passages, bm25, vectors, EmbedQuery, analyzer);
        return new KnowledgeBase(articles, sentences, passages, retriever, analyzer, watch.Elapsed);
    }

    private static Bm25Index BuildPostings(PassageTerms terms, IProgress<IndexProgress>? progress)
    {
        progress?.Report(new IndexProgress(IndexStage.Postings, 0, terms.Lengths.Length));
        var bm25 = Bm25Index.Build(terms);
        progress?.Report(new IndexProgress(IndexStage.Postings, terms.Lengths.Length, terms.Lengths.Length));
        return bm25;
    }
}

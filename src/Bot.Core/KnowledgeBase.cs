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
        LatestMentionedDate = sentences.Values.SelectMany(s => s).SelectMany(s => s.Dates).Select(d => (DateOnly?)d.Date).Max();
    }

    /// <summary>The latest date any sentence mentions: "now" for questions that name a month without its year.</summary>
    public DateOnly? LatestMentionedDate { get; }

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> Sentences { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public HybridRetriever Retriever { get; }

    public TermAnalyzer Analyzer { get; }

    public TimeSpan BuildTime { get; }

    public Article Article(string id) => _byId[id];

    /// <summary>Builds with the model-free hashed embedder.</summary>
    public static KnowledgeBase Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var watch = Stopwatch.StartNew();
        var (analyzer, sentences, passages, bm25) = IndexText(articles);
        var embedder = new HashedNgramEmbedder(analyzer);
        var matrix = new float[passages.Count * embedder.Dimensions];
        for (var i = 0; i < passages.Count; i++)
        {
            embedder.Embed(passages[i].Text, matrix.AsSpan(i * embedder.Dimensions, embedder.Dimensions));
        }

        var vectors = new VectorIndex(matrix, embedder.Dimensions);
        var retriever = new HybridRetriever(passages, bm25, vectors, embedder.Embed, analyzer);
        return new KnowledgeBase(articles, sentences, passages, retriever, analyzer, watch.Elapsed);
    }

    /// <summary>
    /// Builds with an embedding model's vectors (for instance a remote one). Passages are sent in
    /// batches; the query side calls the same generator.
    /// </summary>
    public static async Task<KnowledgeBase> BuildAsync(IReadOnlyList<Article> articles, IEmbeddingGenerator<string, Embedding<float>> generator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(generator);
        if (generator is HashedNgramEmbedder)
        {
            return Build(articles);
        }

        var watch = Stopwatch.StartNew();
        var (analyzer, sentences, passages, bm25) = IndexText(articles);
        const int batch = 64;
        float[]? matrix = null;
        var dimensions = 0;
        for (var start = 0; start < passages.Count; start += batch)
        {
            var texts = passages.Skip(start).Take(batch).Select(p => p.Text).ToList();
            var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < embeddings.Count; i++)
            {
                var vector = embeddings[i].Vector.Span;
                if (matrix is null)
                {
                    dimensions = vector.Length;
                    matrix = new float[passages.Count * dimensions];
                }

                var target = matrix.AsSpan((start + i) * dimensions, dimensions);
                vector.CopyTo(target);
                VectorIndex.Normalize(target);
            }
        }

        var vectors = new VectorIndex(matrix ?? [], Math.Max(1, dimensions));
        float[] EmbedQuery(string text)
        {
            // The retriever's seam is synchronous; a remote query embedding blocks one pool thread.
            var v = generator.GenerateAsync([text], cancellationToken: CancellationToken.None).GetAwaiter().GetResult()[0].Vector.ToArray();
            VectorIndex.Normalize(v);
            return v;
        }

        var retriever = new HybridRetriever(passages, bm25, vectors, EmbedQuery, analyzer);
        return new KnowledgeBase(articles, sentences, passages, retriever, analyzer, watch.Elapsed);
    }

    /// <summary>The part of a build that does not depend on the embedder: sentences, passages and BM25.</summary>
    private static (TermAnalyzer Analyzer, IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> Sentences, IReadOnlyList<Passage> Passages, Bm25Index Bm25) IndexText(IReadOnlyList<Article> articles)
    {
        var analyzer = TermAnalyzer.Default;
        var (sentences, passages) = PassageBuilder.Build(articles);
        var bm25 = Bm25Index.Build(passages.Select(p => analyzer.DocumentTerms(p.Text)).ToList());
        return (analyzer, sentences, passages, bm25);
    }
}

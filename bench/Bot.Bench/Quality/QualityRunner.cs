using System.Diagnostics;
using Bot.Bench.Answering;
using Bot.Bench.Corpus;
using Bot.Bench.Peers;
using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Bench.Quality;

/// <summary>Asks every question of a dataset against its whole pool and scores the answerer and the retrievers, ours and FTS5.</summary>
internal sealed class QualityRunner(QualityOptions options, TextWriter progress, IReadOnlyDictionary<string, IEmbeddingGenerator<string, Embedding<float>>>? vectorVariants = null)
{
    /// <summary>The name of the model-free vectors every run measures.</summary>
    public const string HashedVectors = "hashed";

    /// <summary>The type name of the answerer the run used, for the report.</summary>
    public string AnswererName { get; private set; } = "";

    public async Task<SeedQuality> RunSeedsAsync(IReadOnlyList<Article> articles, IReadOnlyList<SeedCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var answerer = CreateAnswerer(KnowledgeBase.Build(articles));
        var outcomes = new List<SeedOutcome>();
        foreach (var seed in cases)
        {
            var answer = await answerer.AnswerAsync(new AnswerRequest(seed.Question), cancellationToken).ConfigureAwait(false);
            outcomes.Add(SeedScorer.Score(seed, answer));
        }

        return new SeedQuality(outcomes.Count, outcomes.Count(o => o.Passed), outcomes);
    }

    public async Task<(DatasetQuality Quality, IReadOnlyList<ItemOutcome> Outcomes)> RunDatasetAsync(
        QaDataset dataset, IReadOnlyList<Article> distractors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(distractors);
        var articles = dataset.Passages.Select(DatasetArticles.From).Concat(distractors).ToList();
        var knowledgeBase = KnowledgeBase.Build(articles);
        using var fts5 = new Fts5Index();
        fts5.AddRange(articles.Select(a => new Fts5Document(a.Id, a.BodyText)));
        using var fts5Windows = new Fts5Index();
        fts5Windows.AddRange(knowledgeBase.Passages.Select(p => new Fts5Document(p.ArticleId, p.Text)));
        using var lucene = new LuceneIndex();
        lucene.AddRange(articles.Select(a => new Fts5Document(a.Id, a.BodyText)));
        var peers = new Peers(fts5, fts5Windows, lucene);
        var answerer = CreateAnswerer(knowledgeBase);

        var items = Sample(dataset.Items);
        var outcomes = new List<ItemOutcome>(items.Count);
        foreach (var item in items)
        {
            outcomes.Add(await AskAsync(item, knowledgeBase.Retriever, peers, answerer, cancellationToken).ConfigureAwait(false));
            if (outcomes.Count % 200 == 0)
            {
                await progress.WriteLineAsync($"  {dataset.Name}: {outcomes.Count}/{items.Count}").ConfigureAwait(false);
            }
        }

        var variants = new List<VectorVariant> { new(HashedVectors, QualityFigures.From(outcomes)) };
        foreach (var (name, generator) in vectorVariants ?? new Dictionary<string, IEmbeddingGenerator<string, Embedding<float>>>())
        {
            await progress.WriteLineAsync($"  {dataset.Name}: {name} vectors").ConfigureAwait(false);
            variants.Add(new VectorVariant(name, await RunVariantAsync(articles, items, generator, cancellationToken).ConfigureAwait(false)));
        }

        var quality = new DatasetQuality(dataset.Name, dataset.Description, dataset.Passages.Count, distractors.Count, knowledgeBase.Passages.Count, QualityFigures.From(outcomes), variants);
        return (quality, outcomes);
    }

    /// <summary>The same questions against a knowledge base indexed with other vectors: the answerer and the two retrievers that use vectors.</summary>
    private async Task<QualityFigures> RunVariantAsync(List<Article> articles, List<QaItem> items, IEmbeddingGenerator<string, Embedding<float>> generator, CancellationToken cancellationToken)
    {
        var knowledgeBase = await KnowledgeBase.BuildAsync(articles, generator, cancellationToken).ConfigureAwait(false);
        var answerer = BenchAnswererFactory.Create(knowledgeBase, options.Answering);
        var outcomes = new List<ItemOutcome>(items.Count);
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await answerer.AnswerAsync(new AnswerRequest(item.Question), cancellationToken).ConfigureAwait(false);
            var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!item.Answerable)
            {
                outcomes.Add(new ItemOutcome(item.Id, false, answer.Answered, false, false, null, null, null, null, null, null, answerMs));
                continue;
            }

            var gold = item.GoldPassageId!;
            outcomes.Add(new ItemOutcome(
                item.Id,
                true,
                answer.Answered,
                answer.Citations.Any(c => string.Equals(c.Article, gold, StringComparison.Ordinal)),
                AnswerText.ContainsAny(answer.Text, item.Answers),
                GoldRank(knowledgeBase.Retriever.Retrieve(item.Question, BenchSettings.RetrievalDepth).Select(h => h.Passage.ArticleId), gold),
                null,
                GoldRank(knowledgeBase.Retriever.RetrieveSemantic(item.Question, BenchSettings.RetrievalDepth).Select(h => h.Passage.ArticleId), gold),
                null,
                null,
                null,
                answerMs));
        }

        return QualityFigures.From(outcomes);
    }

    private static async Task<ItemOutcome> AskAsync(QaItem item, HybridRetriever retriever, Peers peers, IAnswerer answerer, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await answerer.AnswerAsync(new AnswerRequest(item.Question), cancellationToken).ConfigureAwait(false);
        var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!item.Answerable)
        {
            return new ItemOutcome(item.Id, false, answer.Answered, false, false, null, null, null, null, null, null, answerMs);
        }

        var gold = item.GoldPassageId!;
        return new ItemOutcome(
            item.Id,
            true,
            answer.Answered,
            answer.Citations.Any(c => string.Equals(c.Article, gold, StringComparison.Ordinal)),
            AnswerText.ContainsAny(answer.Text, item.Answers),
            GoldRank(retriever.Retrieve(item.Question, BenchSettings.RetrievalDepth).Select(h => h.Passage.ArticleId), gold),
            GoldRank(retriever.RetrieveLexical(item.Question, BenchSettings.RetrievalDepth).Select(h => h.Passage.ArticleId), gold),
            GoldRank(retriever.RetrieveSemantic(item.Question, BenchSettings.RetrievalDepth).Select(h => h.Passage.ArticleId), gold),
            GoldRank(peers.Passages.Search(item.Question, BenchSettings.RetrievalDepth), gold),
            GoldRank(peers.Windows.Search(item.Question, BenchSettings.RetrievalDepth), gold),
            GoldRank(peers.Lucene.Search(item.Question, BenchSettings.RetrievalDepth), gold),
            answerMs);
    }

    private IAnswerer CreateAnswerer(KnowledgeBase knowledgeBase)
    {
        var answerer = BenchAnswererFactory.Create(knowledgeBase, options.Answering);
        AnswererName = answerer.GetType().Name;
        return answerer;
    }

    /// <summary>The gold article's rank among the distinct articles of a hit list, so windows of one article count once for every retriever.</summary>
    internal static int? GoldRank(IEnumerable<string> articleIds, string gold)
    {
        var rank = 0;
        foreach (var id in articleIds.Distinct(StringComparer.Ordinal))
        {
            if (string.Equals(id, gold, StringComparison.Ordinal))
            {
                return rank;
            }

            rank++;
        }

        return null;
    }

    /// <summary>FTS5 over the dataset's whole passages and over the engine's passage windows; Lucene.Net over the whole passages.</summary>
    private sealed record Peers(Fts5Index Passages, Fts5Index Windows, LuceneIndex Lucene);

    private List<QaItem> Sample(IReadOnlyList<QaItem> items)
    {
        if (options.Sample is not { } size || size >= items.Count)
        {
            return [.. items];
        }

        var random = new Random(BenchSettings.Seed);
        var chosen = Enumerable.Range(0, items.Count).OrderBy(_ => random.Next()).Take(size).Order().ToList();
        return chosen.Select(i => items[i]).ToList();
    }
}

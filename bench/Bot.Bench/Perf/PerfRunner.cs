using System.Diagnostics;
using Bot.Bench.Answering;
using Bot.Bench.Peers;
using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Bench.Perf;

/// <summary>Speed and scale: the seeds, CLICK-ID at growing sizes beside FTS5, the scan against memory bandwidth, and whole-process ask.</summary>
internal sealed class PerfRunner(PerfOptions options, TextWriter progress)
{
    public async Task<PerfReport> RunAsync(PerfInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await progress.WriteLineAsync("perf: seeds").ConfigureAwait(false);
        var (seeds, answerer) = await MeasureSeedsAsync(inputs, cancellationToken).ConfigureAwait(false);

        var scale = new List<ScaleStep>();
        VectorScan? scan = null;
        if (inputs.ScaleCorpus.Count > 0)
        {
            var corpus = new ScaleCorpus(inputs.ScaleCorpus);
            foreach (var size in options.Sizes)
            {
                await progress.WriteLineAsync($"perf: scale {size} passages").ConfigureAwait(false);
                var (step, stepScan) = MeasureScale(corpus, size);
                scale.Add(step);
                scan = stepScan;
            }
        }

        // Measured again beside the last scan when there is one, so both see the same machine load.
        var bandwidth = scan?.MemoryGigabytesPerSecond ?? MemoryBandwidth.MeasureGigabytesPerSecond(options.BandwidthMegabytes, BenchSettings.BandwidthRuns);
        AskProcessRuns? ask = null;
        if (options.AskRuns > 0 && inputs.BotAssembly is not null && inputs.RepositoryRoot is not null)
        {
            await progress.WriteLineAsync("perf: whole-process ask").ConfigureAwait(false);
            ask = await AskProcessTimer.MeasureAsync(inputs.RepositoryRoot, inputs.BotAssembly, inputs.SeedQuestions, options.AskRuns, cancellationToken).ConfigureAwait(false);
        }

        return new PerfReport(answerer, options, seeds, scale, scan, bandwidth, ask);
    }

    private async Task<(SeedPerf Seeds, string Answerer)> MeasureSeedsAsync(PerfInputs inputs, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var knowledgeBase = KnowledgeBase.Build(inputs.LoadSeedArticles());
        var firstMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var rebuilds = new List<double>();
        for (var i = 0; i < BenchSettings.SeedIndexRepeats; i++)
        {
            started = Stopwatch.GetTimestamp();
            knowledgeBase = KnowledgeBase.Build(inputs.LoadSeedArticles());
            rebuilds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var answerer = BenchAnswererFactory.Create(knowledgeBase);
        var questions = inputs.SeedQuestions;
        for (var i = 0; i < BenchSettings.WarmUpAnswers; i++)
        {
            await answerer.AnswerAsync(new AnswerRequest(questions[i % questions.Count]), cancellationToken).ConfigureAwait(false);
        }

        var times = new List<double>(options.Answers);
        for (var i = 0; i < options.Answers; i++)
        {
            started = Stopwatch.GetTimestamp();
            await answerer.AnswerAsync(new AnswerRequest(questions[i % questions.Count]), cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var seeds = new SeedPerf(knowledgeBase.Articles.Count, knowledgeBase.Passages.Count, firstMs, LatencyStats.From(rebuilds).P50, LatencyStats.From(times));
        return (seeds, answerer.GetType().Name);
    }

    private (ScaleStep Step, VectorScan Scan) MeasureScale(ScaleCorpus corpus, int target)
    {
        var (articles, repeated) = corpus.ForPassages(target);
        var heapBefore = SettledHeapBytes();
        var started = Stopwatch.GetTimestamp();
        var knowledgeBase = KnowledgeBase.Build(articles);
        var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var heapAfter = SettledHeapBytes();
        var passages = knowledgeBase.Passages.Count;

        var random = new Random(BenchSettings.Seed);
        var queries = articles.Where(a => a.Title.Length > 0).OrderBy(_ => random.Next()).Take(options.Queries).Select(a => a.Title).ToList();
        var retriever = knowledgeBase.Retriever;
        var bm25 = TimeQueries(queries, q => retriever.RetrieveLexical(q, BenchSettings.LatencyTop).Count);
        var vector = TimeQueries(queries, q => retriever.RetrieveSemantic(q, BenchSettings.LatencyTop).Count);
        var hybrid = TimeQueries(queries, q => retriever.Retrieve(q, BenchSettings.LatencyTop).Count);

        var documents = knowledgeBase.Passages.Select(p => new Fts5Document(p.ArticleId, p.Text)).ToList();
        double fts5BuildSeconds, fts5Bytes;
        LatencyStats fts5Latency;
        using (var fts5 = new Fts5Index())
        {
            started = Stopwatch.GetTimestamp();
            fts5.AddRange(documents);
            fts5BuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            fts5Latency = TimeQueries(queries, q => fts5.Search(q, BenchSettings.LatencyTop).Count);
            fts5Bytes = fts5.Bytes;
        }

        double luceneBuildSeconds, luceneBytes;
        LatencyStats luceneLatency;
        using (var lucene = new LuceneIndex())
        {
            started = Stopwatch.GetTimestamp();
            lucene.AddRange(documents);
            luceneBuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            luceneLatency = TimeQueries(queries, q => lucene.Search(q, BenchSettings.LatencyTop).Count);
            luceneBytes = lucene.Bytes;
        }

        var perPassage = Math.Max(1, passages);
        var step = new ScaleStep(
            target,
            articles.Count,
            repeated,
            passages,
            buildSeconds,
            buildSeconds > 0 ? passages / buildSeconds : 0,
            passages > 0 ? (heapAfter - heapBefore) / (double)passages : 0,
            SentenceTextBytes(knowledgeBase) / (double)perPassage,
            bm25,
            vector,
            hybrid,
            fts5BuildSeconds,
            fts5Latency,
            fts5Bytes / perPassage,
            luceneBuildSeconds,
            luceneLatency,
            luceneBytes / perPassage);
        var scan = MeasureScan(retriever.Vectors, queries, options.BandwidthMegabytes);
        GC.KeepAlive(knowledgeBase);
        return (step, scan);
    }

    private static LatencyStats TimeQueries(List<string> queries, Func<string, int> run)
    {
        if (queries.Count == 0)
        {
            return LatencyStats.From([]);
        }

        var found = 0;
        for (var i = 0; i < BenchSettings.WarmUpQueries; i++)
        {
            found += run(queries[i % queries.Count]);
        }

        var times = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            found += run(query);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        GC.KeepAlive(found);
        return LatencyStats.From(times);
    }

    /// <summary>
    /// Times the vector index's scan alone (query vectors embedded before the clock starts) in
    /// rounds interleaved with memory-bandwidth passes, so both see the same machine load; both
    /// limits are best-of figures.
    /// </summary>
    private static VectorScan MeasureScan(VectorIndex vectors, List<string> queries, int bandwidthMegabytes)
    {
        var probe = new MemoryBandwidth(bandwidthMegabytes);
        var bandwidth = 0.0;
        var vectorsOfQueries = QueryVectors(queries, vectors.Dimensions);
        var found = 0;
        for (var i = 0; i < BenchSettings.WarmUpQueries; i++)
        {
            found += vectors.Search(vectorsOfQueries[i % vectorsOfQueries.Count], BenchSettings.LatencyTop).Count;
        }

        var times = new List<double>(vectorsOfQueries.Count);
        var round = Math.Max(1, vectorsOfQueries.Count / BenchSettings.BandwidthRuns);
        for (var i = 0; i < vectorsOfQueries.Count; i++)
        {
            if (i % round == 0)
            {
                bandwidth = Math.Max(bandwidth, probe.MeasurePass());
            }

            var query = vectorsOfQueries[i];
            var started = Stopwatch.GetTimestamp();
            found += vectors.Search(query, BenchSettings.LatencyTop).Count;
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        GC.KeepAlive(found);
        var best = times.Count == 0 ? 0 : times.Min();
        var rate = best > 0 ? vectors.Bytes / (best / 1000) / 1e9 : 0;
        return new VectorScan(vectors.Count, vectors.Dimensions, vectors.Bytes, LatencyStats.From(times).P50, best, rate, bandwidth);
    }

    /// <summary>The queries as the default embedder sees them; a uniform unit vector when the index has other dimensions.</summary>
    private static List<float[]> QueryVectors(List<string> queries, int dimensions)
    {
        var embedder = new HashedNgramEmbedder(TermAnalyzer.Default);
        if (embedder.Dimensions != dimensions || queries.Count == 0)
        {
            var uniform = new float[dimensions];
            Array.Fill(uniform, 1f / MathF.Sqrt(dimensions));
            return [uniform];
        }

        return queries.Select(embedder.Embed).ToList();
    }

    /// <summary>Heap bytes of the distinct sentence strings the passages hold (object header, length and UTF-16 characters).</summary>
    private static long SentenceTextBytes(KnowledgeBase knowledgeBase)
    {
        const int stringOverhead = 22;
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var bytes = 0L;
        foreach (var passage in knowledgeBase.Passages)
        {
            foreach (var sentence in passage.Sentences)
            {
                if (seen.Add(sentence))
                {
                    bytes += stringOverhead + (2L * sentence.Length);
                }
            }
        }

        return bytes;
    }

    private static long SettledHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

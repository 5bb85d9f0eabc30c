using System.Buffers;
using System.Collections.Concurrent;
using Bot.Core.Language;

namespace Bot.Core.Search;

/// <summary>
/// The index-time analysis of every passage: its terms and, with the model-free embedder, its
/// vector. Work is split by article over the cores; within an article each sentence is analysed
/// once although overlapping windows share it, and a passage's terms and vector are the sums of
/// its sentences'.
/// </summary>
internal static class PassageAnalysis
{
    /// <summary>Articles handed to one worker at a time: small enough to balance two cores, large enough to keep scheduling cheap.</summary>
    private const int ArticlesPerChunk = 64;

    public static (IReadOnlyList<string>[] Terms, float[]? Vectors) Run(
        IReadOnlyList<Passage> passages,
        IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> sentences,
        TermAnalyzer analyzer,
        HashedNgramEmbedder? embedder,
        IProgress<IndexProgress>? progress)
    {
        var ranges = ArticleRanges(passages);
        var terms = new IReadOnlyList<string>[passages.Count];
        var dimensions = embedder?.Dimensions ?? 0;
        var vectors = embedder is null ? null : new float[passages.Count * dimensions];
        if (ranges.Count == 0)
        {
            return (terms, vectors);
        }

        if (ranges.Count < SearchConstants.ParallelMinimumArticles)
        {
            foreach (var (first, end) in ranges)
            {
                AnalyzeArticle(passages, first, end, sentences[passages[first].ArticleId], analyzer, embedder, terms, vectors);
            }

            progress?.Report(new IndexProgress(IndexStage.Analysis, ranges.Count, ranges.Count));
            return (terms, vectors);
        }

        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(0, ranges.Count, ArticlesPerChunk), options, chunk =>
        {
            for (var r = chunk.Item1; r < chunk.Item2; r++)
            {
                var (first, end) = ranges[r];
                AnalyzeArticle(passages, first, end, sentences[passages[first].ArticleId], analyzer, embedder, terms, vectors);
            }

            var now = Interlocked.Add(ref done, chunk.Item2 - chunk.Item1);
            progress?.Report(new IndexProgress(IndexStage.Analysis, now, ranges.Count));
        });

        return (terms, vectors);
    }

    private static void AnalyzeArticle(
        IReadOnlyList<Passage> passages,
        int first,
        int end,
        IReadOnlyList<ArticleSentence> articleSentences,
        TermAnalyzer analyzer,
        HashedNgramEmbedder? embedder,
        IReadOnlyList<string>[] terms,
        float[]? vectors)
    {
        var dimensions = embedder?.Dimensions ?? 0;
        var sentenceTerms = new IReadOnlyList<string>?[articleSentences.Count];
        var sentenceVectors = embedder is null ? null : ArrayPool<float>.Shared.Rent(Math.Max(1, articleSentences.Count * dimensions));
        var embedded = embedder is null ? null : new bool[articleSentences.Count];
        try
        {
            for (var p = first; p < end; p++)
            {
                var passage = passages[p];
                var target = vectors is null ? default : vectors.AsSpan(p * dimensions, dimensions);
                if (passage.FirstSentence < 0)
                {
                    // The metadata passage is not made of article sentences.
                    var text = passage.Text;
                    terms[p] = analyzer.DocumentTerms(text);
                    embedder?.Accumulate(text, terms[p], target);
                }
                else
                {
                    var combined = new List<string>();
                    for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.Sentences.Count; s++)
                    {
                        var own = sentenceTerms[s] ??= analyzer.DocumentTerms(articleSentences[s].Text);
                        combined.AddRange(own);
                        if (embedder is not null)
                        {
                            var vector = sentenceVectors.AsSpan(s * dimensions, dimensions);
                            if (!embedded![s])
                            {
                                vector.Clear();
                                embedder.Accumulate(articleSentences[s].Text, own, vector);
                                embedded[s] = true;
                            }

                            System.Numerics.Tensors.TensorPrimitives.Add(target, vector, target);
                        }
                    }

                    terms[p] = combined;
                }

                if (embedder is not null)
                {
                    VectorIndex.Normalize(target);
                }
            }
        }
        finally
        {
            if (sentenceVectors is not null)
            {
                ArrayPool<float>.Shared.Return(sentenceVectors);
            }
        }
    }

    /// <summary>The passages of each article as [first, end) ranges: passages are cut article by article.</summary>
    private static List<(int First, int End)> ArticleRanges(IReadOnlyList<Passage> passages)
    {
        var ranges = new List<(int, int)>();
        var start = 0;
        for (var p = 1; p <= passages.Count; p++)
        {
            if (p == passages.Count || !string.Equals(passages[p].ArticleId, passages[start].ArticleId, StringComparison.Ordinal))
            {
                ranges.Add((start, p));
                start = p;
            }
        }

        return ranges;
    }
}

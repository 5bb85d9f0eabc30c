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

    public static (PassageTerms Terms, VectorIndex? Vectors) Run(
        IReadOnlyList<Passage> passages,
        IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> sentences,
        TermAnalyzer analyzer,
        HashedNgramEmbedder? embedder,
        IProgress<IndexProgress>? progress)
    {
        var ranges = ArticleRanges(passages);
        var terms = new PassageTerms(passages.Count);
        var ngrams = embedder is null ? null : new WordNgramCache();
        var dimensions = embedder?.Dimensions ?? 0;
        var vectors = embedder is null ? null : new VectorIndex(passages.Count, dimensions);
        if (ranges.Count == 0)
        {
            return (terms, vectors);
        }

        if (ranges.Count < SearchConstants.ParallelMinimumArticles)
        {
            foreach (var (first, end) in ranges)
            {
                AnalyzeArticle(passages, first, end, sentences[passages[first].ArticleId], analyzer, embedder, ngrams, terms, vectors);
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
                AnalyzeArticle(passages, first, end, sentences[passages[first].ArticleId], analyzer, embedder, ngrams, terms, vectors);
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
        WordNgramCache? ngrams,
        PassageTerms terms,
        VectorIndex? vectors)
    {
        var dimensions = embedder?.Dimensions ?? 0;
        var sentenceIds = new int[]?[articleSentences.Count];
        var sentenceVectors = embedder is null ? null : ArrayPool<float>.Shared.Rent(Math.Max(1, articleSentences.Count * dimensions));
        var passageVector = embedder is null ? null : ArrayPool<float>.Shared.Rent(dimensions);
        var scratch = new List<int>();
        try
        {
            for (var p = first; p < end; p++)
            {
                var passage = passages[p];
                var target = passageVector is null ? default : passageVector.AsSpan(0, dimensions);
                target.Clear();
                scratch.Clear();
                if (passage.FirstSentence < 0)
                {
                    // The metadata passage is not made of article sentences.
                    var text = passage.Text;
                    var own = analyzer.DocumentTerms(text);
                    scratch.AddRange(terms.IdsOf(own));
                    embedder?.Accumulate(text, own, target, ngrams);
                }
                else
                {
                    for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.Sentences.Count; s++)
                    {
                        var ids = sentenceIds[s];
                        if (ids is null)
                        {
                            var own = analyzer.DocumentTerms(articleSentences[s].Text);
                            ids = sentenceIds[s] = terms.IdsOf(own);
                            if (embedder is not null)
                            {
                                var sentenceVector = sentenceVectors.AsSpan(s * dimensions, dimensions);
                                sentenceVector.Clear();
                                embedder.Accumulate(articleSentences[s].Text, own, sentenceVector, ngrams);
                            }
                        }

                        scratch.AddRange(ids);
                        if (embedder is not null)
                        {
                            System.Numerics.Tensors.TensorPrimitives.Add(target, sentenceVectors.AsSpan(s * dimensions, dimensions), target);
                        }
                    }
                }

                terms.Set(p, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch));
                if (vectors is not null)
                {
                    VectorIndex.Normalize(target);
                    vectors.Set(p, target);
                }
            }
        }
        finally
        {
            if (sentenceVectors is not null)
            {
                ArrayPool<float>.Shared.Return(sentenceVectors);
            }

            if (passageVector is not null)
            {
                ArrayPool<float>.Shared.Return(passageVector);
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

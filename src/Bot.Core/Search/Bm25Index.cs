using System.Buffers;
using Bot.Core.Language;

namespace Bot.Core.Search;

/// <summary>
/// An inverted index with Okapi BM25 scoring over analyzed terms. Postings are flat arrays
/// built once; a query touches only the postings of its terms.
/// </summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, int> _termIds;
    private readonly int[][] _postingDocs;
    private readonly ushort[][] _postingTfs;
    private readonly float[] _lengthNorm;
    private readonly int _count;

    private Bm25Index(Dictionary<string, int> termIds, int[][] docs, ushort[][] tfs, float[] lengthNorm)
    {
        _termIds = termIds;
        _postingDocs = docs;
        _postingTfs = tfs;
        _lengthNorm = lengthNorm;
        _count = lengthNorm.Length;
    }

    public int Count => _count;

    public static Bm25Index Build(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Two passes over flat arrays: term ids and frequencies per document first (document
        // frequencies counted on the way), then postings filled at exact sizes; no per-term lists.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new List<int>();
        var offsets = new int[documents.Count + 1];
        var ids = new List<int>();
        var frequencies = new List<ushort>();
        var lengths = new float[documents.Count];
        var scratch = new List<int>();
        for (var d = 0; d < documents.Count; d++)
        {
            scratch.Clear();
            foreach (var term in documents[d])
            {
                if (!termIds.TryGetValue(term, out var id))
                {
                    id = termIds.Count;
                    termIds[term] = id;
                    documentFrequency.Add(0);
                }

                scratch.Add(id);
            }

            scratch.Sort();
            for (var i = 0; i < scratch.Count;)
            {
                var run = i;
                while (run < scratch.Count && scratch[run] == scratch[i])
                {
                    run++;
                }

                ids.Add(scratch[i]);
                frequencies.Add((ushort)Math.Min(run - i, ushort.MaxValue));
                documentFrequency[scratch[i]]++;
                i = run;
            }

            offsets[d + 1] = ids.Count;
            lengths[d] = documents[d].Count;
        }

        var docs = new int[termIds.Count][];
        var tfs = new ushort[termIds.Count][];
        for (var t = 0; t < docs.Length; t++)
        {
            docs[t] = new int[documentFrequency[t]];
            tfs[t] = new ushort[documentFrequency[t]];
        }

        var filled = new int[termIds.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            for (var i = offsets[d]; i < offsets[d + 1]; i++)
            {
                var t = ids[i];
                docs[t][filled[t]] = d;
                tfs[t][filled[t]] = frequencies[i];
                filled[t]++;
            }
        }

        var average = lengths.Length == 0 ? 1f : Math.Max(1f, lengths.Average());
        var norm = new float[lengths.Length];
        for (var d = 0; d < lengths.Length; d++)
        {
            norm[d] = SearchConstants.Bm25K1 * (1 - SearchConstants.Bm25B + (SearchConstants.Bm25B * lengths[d] / average));
        }

        termIds.TrimExcess();
        return new Bm25Index(termIds, docs, tfs, norm);
    }

    /// <summary>Inverse document frequency of a term (0 when the index does not hold it).</summary>
    public double Idf(string term)
    {
        if (!_termIds.TryGetValue(term, out var id))
        {
            return 0;
        }

        var df = _postingDocs[id].Length;
        return Math.Log(1 + ((_count - df + 0.5) / (df + 0.5)));
    }

    /// <summary>How many passages hold the term.</summary>
    public int DocumentFrequency(string term) => _termIds.TryGetValue(term, out var id) ? _postingDocs[id].Length : 0;

    public IReadOnlyList<(int Doc, double Score)> Search(IReadOnlyList<QueryTerm> query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, _count));
        var touched = new List<int>();
        try
        {
            Array.Clear(scores, 0, _count);
            foreach (var term in query)
            {
                if (!_termIds.TryGetValue(term.Term, out var id))
                {
                    continue;
                }

                var docs = _postingDocs[id];
                var tfs = _postingTfs[id];
                var idf = (float)(Math.Log(1 + ((_count - docs.Length + 0.5) / (docs.Length + 0.5))) * term.Weight);
                for (var i = 0; i < docs.Length; i++)
                {
                    var tf = tfs[i];
                    var doc = docs[i];
                    if (scores[doc] == 0)
                    {
                        touched.Add(doc);
                    }

                    scores[doc] += idf * tf * (SearchConstants.Bm25K1 + 1) / (tf + _lengthNorm[doc]);
                }
            }

            return TopK.Select(touched.Select(d => new KeyValuePair<int, double>(d, scores[d])), top);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }
}

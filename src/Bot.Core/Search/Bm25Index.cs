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
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<List<int>>();
        var tfs = new List<List<ushort>>();
        var lengths = new float[documents.Count];
        var counts = new Dictionary<int, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            counts.Clear();
            foreach (var term in documents[d])
            {
                if (!termIds.TryGetValue(term, out var id))
                {
                    id = termIds.Count;
                    termIds[term] = id;
                    docs.Add([]);
                    tfs.Add([]);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            foreach (var (id, tf) in counts)
            {
                docs[id].Add(d);
                tfs[id].Add((ushort)Math.Min(tf, ushort.MaxValue));
            }

            lengths[d] = documents[d].Count;
        }

        var average = lengths.Length == 0 ? 1f : Math.Max(1f, lengths.Average());
        var norm = new float[lengths.Length];
        for (var d = 0; d < lengths.Length; d++)
        {
            norm[d] = SearchConstants.Bm25K1 * (1 - SearchConstants.Bm25B + (SearchConstants.Bm25B * lengths[d] / average));
        }

        return new Bm25Index(termIds, docs.Select(l => l.ToArray()).ToArray(), tfs.Select(l => l.ToArray()).ToArray(), norm);
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

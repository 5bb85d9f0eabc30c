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
        var terms = new PassageTerms(documents.Count);
        for (var d = 0; d < documents.Count; d++)
        {
            terms.Set(d, terms.IdsOf(documents[d]));
        }

        return Build(terms);
    }

    /// <summary>Builds from passages already analysed into term ids (as a build's analysis leaves them).</summary>
    internal static Bm25Index Build(PassageTerms terms)
    {
        // Postings at exact sizes from the per-passage bags: count each term's passages, then fill
        // in passage order, so each posting list is sorted by passage.
        var count = terms.TermCount;
        var documentFrequency = new int[count];
        var passages = terms.Ids.Length;
        for (var d = 0; d < passages; d++)
        {
            foreach (var id in terms.Ids[d])
            {
                documentFrequency[id]++;
            }
        }

        var docs = new int[count][];
        var tfs = new ushort[count][];
        for (var t = 0; t < count; t++)
        {
            docs[t] = documentFrequency[t] == 0 ? [] : new int[documentFrequency[t]];
            tfs[t] = documentFrequency[t] == 0 ? [] : new ushort[documentFrequency[t]];
        }

        var filled = documentFrequency.AsSpan();
        filled.Clear();
        long total = 0;
        for (var d = 0; d < passages; d++)
        {
            var ids = terms.Ids[d];
            var frequencies = terms.Frequencies[d];
            for (var i = 0; i < ids.Length; i++)
            {
                var t = ids[i];
                var at = filled[t]++;
                docs[t][at] = d;
                tfs[t][at] = frequencies[i];
            }

            total += terms.Lengths[d];
        }

        var average = passages == 0 ? 1f : Math.Max(1f, (float)((double)total / passages));
        var norm = new float[passages];
        for (var d = 0; d < passages; d++)
        {
            norm[d] = SearchConstants.Bm25K1 * (1 - SearchConstants.Bm25B + (SearchConstants.Bm25B * terms.Lengths[d] / average));
        }

        return new Bm25Index(terms.Dictionary(), docs, tfs, norm);
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

using System.Collections.Concurrent;

namespace Bot.Core.Search;

/// <summary>
/// The analysed terms of every passage as a bag of term ids: each passage's distinct ids,
/// ascending, with their frequencies and the passage's length in terms. Workers on several cores
/// fill passages at once; ids are handed out as terms are first met, so their order carries no
/// meaning.
/// </summary>
internal sealed class PassageTerms
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next = -1;

    public PassageTerms(int passages)
    {
        Ids = new int[passages][];
        Frequencies = new ushort[passages][];
        Lengths = new int[passages];
    }

    public int[][] Ids { get; }

    public ushort[][] Frequencies { get; }

    public int[] Lengths { get; }

    public int TermCount => _next + 1;

    /// <summary>The ids of <paramref name="terms"/>, in order.</summary>
    public int[] IdsOf(IReadOnlyList<string> terms)
    {
        var ids = new int[terms.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = IdOf(terms[i]);
        }

        return ids;
    }

    /// <summary>Records passage <paramref name="passage"/> from the ids of its terms (in any order; <paramref name="ids"/> is sorted in place).</summary>
    public void Set(int passage, Span<int> ids)
    {
        ids.Sort();
        var distinct = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                distinct++;
            }
        }

        var own = new int[distinct];
        var frequencies = new ushort[distinct];
        var d = -1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                own[++d] = ids[i];
            }

            if (frequencies[d] < ushort.MaxValue)
            {
                frequencies[d]++;
            }
        }

        Ids[passage] = own;
        Frequencies[passage] = frequencies;
        Lengths[passage] = ids.Length;
    }

    /// <summary>Term to id, for the index to keep.</summary>
    public Dictionary<string, int> Dictionary()
    {
        var terms = new Dictionary<string, int>(_ids.Count, StringComparer.Ordinal);
        foreach (var (term, id) in _ids)
        {
            terms[term] = id;
        }

        return terms;
    }

    private int IdOf(string term)
    {
        if (_ids.TryGetValue(term, out var id))
        {
            return id;
        }

        // Two workers may meet a new term at once: one id wins, the other is never used.
        var fresh = Interlocked.Increment(ref _next);
        return _ids.GetOrAdd(term, fresh);
    }
}

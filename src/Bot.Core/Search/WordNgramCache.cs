using System.Collections.Concurrent;

namespace Bot.Core.Search;

/// <summary>
/// The hashed character n-gram features of each surface word met during one build: a corpus
/// repeats its words, and hashing every n-gram of every occurrence was most of the embedding's
/// cost. Scoped to a build so that the index does not keep it.
/// </summary>
internal sealed class WordNgramCache
{
    /// <summary>Surface words cached; beyond this many, new words are hashed each time, bounding memory.</summary>
    private const int MaximumWords = 1_000_000;

    private readonly ConcurrentDictionary<string, (int Index, float Value)[]> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Index, float Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public WordNgramCache() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> surface, out (int Index, float Value)[] features)
        => _lookup.TryGetValue(surface, out features!);

    public void Add(ReadOnlySpan<char> surface, (int Index, float Value)[] features)
    {
        if (Interlocked.Increment(ref _count) <= MaximumWords)
        {
            _lookup.TryAdd(surface, features);
        }
    }
}

using System.Collections.Concurrent;

namespace Bot.Core.Language;

/// <summary>
/// Maps one lower-case word to its index terms, the same way for passages and questions so that
/// they meet. Indonesian first: a known root or a word that strips to one gives the root.
/// Otherwise, when the word's Porter2 stem is the stem of an English dictionary headword, the
/// word is English (the corpus quotes English text, questions name English things) and gives
/// that stem. Anything else (names, numbers, unknown words) is kept as written. A hyphenated
/// word that is not a reduplication gives the terms of its parts ("anti-perang" → anti, perang).
/// </summary>
/// <remarks>Results are cached per word: a corpus repeats a small vocabulary many times.</remarks>
internal sealed class TermStemmer
{
    /// <summary>Beyond this many cached words new words are stemmed without caching (bounded memory).</summary>
    private const int MaximumCachedWords = 1_000_000;

    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly EnglishIndonesianLexicon _lexicon;
    private int _cachedWords;

    public TermStemmer(EnglishIndonesianLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <summary>The terms of a lower-case, normalized word (see <see cref="NormalizeWord"/>).</summary>
    public string[] Terms(string lowercaseWord)
    {
        if (_cache.TryGetValue(lowercaseWord, out var cached))
        {
            return cached;
        }

        var terms = Compute(lowercaseWord);
        if (Interlocked.Increment(ref _cachedWords) <= MaximumCachedWords)
        {
            _cache.TryAdd(lowercaseWord, terms);
        }

        return terms;
    }

    /// <summary>
    /// Drops a possessive "'s" and any other apostrophe ("Zelenskyy's" → zelenskyy, "Jum'at" → jumat).
    /// </summary>
    public static string NormalizeWord(string lowercaseWord)
    {
        ArgumentNullException.ThrowIfNull(lowercaseWord);
        if (lowercaseWord.IndexOfAny(Apostrophes) < 0)
        {
            return lowercaseWord;
        }

        var word = lowercaseWord;
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
        {
            word = word[..^2];
        }

        return word.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
    }

    private static readonly char[] Apostrophes = ['\'', '’'];

    private string[] Compute(string word)
    {
        if (word.Contains('-', StringComparison.Ordinal) && !IndonesianRoots.Contains(word))
        {
            var stemmed = IndonesianStemmer.Stem(word);
            if (!stemmed.Equals(word, StringComparison.Ordinal))
            {
                return [stemmed];
            }

            return [.. word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(StemOne)];
        }

        return [StemOne(word)];
    }

    private string StemOne(string word)
    {
        if (IndonesianRoots.Contains(word))
        {
            return word;
        }

        var indonesian = IndonesianStemmer.Stem(word);
        if (!indonesian.Equals(word, StringComparison.Ordinal))
        {
            return indonesian;
        }

        var english = EnglishStemmer.Stem(word);
        return _lexicon.IsEnglishStem(english) ? english : word;
    }
}

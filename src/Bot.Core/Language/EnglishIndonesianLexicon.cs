using System.Collections.Frozen;

namespace Bot.Core.Language;

/// <summary>
/// The English → Indonesian word lists: name variants, the hand-checked news lexicon (which
/// overrides the dictionary for the same headword), the FreeDict-derived dictionary, the table
/// learned from parallel text (consulted beside the dictionaries, not instead of them) and British →
/// American spellings. Lookups fall back from the exact word to its Porter2 stem, so "refusing"
/// finds "refuse".
/// </summary>
internal sealed class EnglishIndonesianLexicon
{
    private static readonly Lazy<EnglishIndonesianLexicon> Shared = new(Load);

    private readonly FrozenDictionary<string, string[]> _names;
    private readonly FrozenDictionary<string, (string[] Renderings, TranslationSource Source)> _entries;
    private readonly FrozenDictionary<string, string> _headwordByStem;
    private readonly FrozenDictionary<string, string> _americanSpelling;
    private readonly FrozenDictionary<string, string[]> _learned;
    private readonly FrozenDictionary<string, string> _learnedByStem;

    private EnglishIndonesianLexicon(
        FrozenDictionary<string, string[]> names,
        FrozenDictionary<string, (string[], TranslationSource)> entries,
        FrozenDictionary<string, string[]> learned,
        FrozenDictionary<string, string> americanSpelling)
    {
        _names = names;
        _entries = entries;
        _learned = learned;
        _americanSpelling = americanSpelling;
        var learnedByStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var headword in learned.Keys.Order(StringComparer.Ordinal))
        {
            learnedByStem.TryAdd(EnglishStemmer.Stem(headword), headword);
        }

        _learnedByStem = learnedByStem.ToFrozenDictionary(StringComparer.Ordinal);

        var byStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (headword, entry) in entries.OrderBy(e => e.Value.Item2).ThenBy(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!headword.Contains(' ', StringComparison.Ordinal))
            {
                byStem.TryAdd(EnglishStemmer.Stem(headword), headword);
            }
        }

        _headwordByStem = byStem.ToFrozenDictionary(StringComparer.Ordinal);
        LongestPhrase = names.Keys.Concat(entries.Keys).Max(k => k.Split(' ').Length);
        EnglishStems = byStem.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    public static EnglishIndonesianLexicon Default => Shared.Value;

    /// <summary>The most words any phrase headword has.</summary>
    public int LongestPhrase { get; }

    /// <summary>Porter2 stems of every single-word English headword: the English vocabulary.</summary>
    public FrozenSet<string> EnglishStems { get; }

    public string ToAmerican(string lowercaseWord) =>
        _americanSpelling.TryGetValue(lowercaseWord, out var american) ? american : lowercaseWord;

    public bool TryName(string lowercasePhrase, out string[] variants) => _names.TryGetValue(lowercasePhrase, out variants!);

    /// <summary>Renderings of an exact headword (word or phrase).</summary>
    public bool TryPhrase(string lowercasePhrase, out string[] renderings, out TranslationSource source)
    {
        if (_entries.TryGetValue(lowercasePhrase, out var entry))
        {
            (renderings, source) = entry;
            return true;
        }

        renderings = [];
        source = TranslationSource.Dictionary;
        return false;
    }

    /// <summary>Renderings of a single word, falling back to the headword sharing its Porter2 stem.</summary>
    public bool TryWord(string lowercaseWord, out string[] renderings, out TranslationSource source) =>
        TryPhrase(lowercaseWord, out renderings, out source)
        || (_headwordByStem.TryGetValue(EnglishStemmer.Stem(lowercaseWord), out var headword) && TryPhrase(headword, out renderings, out source));

    /// <summary>Renderings learned from parallel text for a single word, or for the word sharing its Porter2 stem.</summary>
    public bool TryLearned(string lowercaseWord, out string[] renderings) =>
        _learned.TryGetValue(lowercaseWord, out renderings!)
        || (_learnedByStem.TryGetValue(EnglishStemmer.Stem(lowercaseWord), out var headword) && _learned.TryGetValue(headword, out renderings!));

    private static EnglishIndonesianLexicon Load()
    {
        var entries = new Dictionary<string, (string[], TranslationSource)>(StringComparer.Ordinal);
        foreach (var (key, values) in LanguageData.Table("en-id.tsv"))
        {
            entries[key] = (values, TranslationSource.Dictionary);
        }

        foreach (var (key, values) in LanguageData.Table("en-id-news.tsv"))
        {
            entries[key] = (values, TranslationSource.Lexicon);
        }

        var names = LanguageData.Table("en-id-names.tsv").ToFrozenDictionary(e => e.Key, e => e.Values, StringComparer.Ordinal);
        var spelling = LanguageData.Table("en-spelling.tsv").ToFrozenDictionary(e => e.Key, e => e.Values[0], StringComparer.Ordinal);
        var learned = LanguageData.Table("en-id-learned.tsv").ToFrozenDictionary(e => e.Key, e => e.Values, StringComparer.Ordinal);
        return new EnglishIndonesianLexicon(names, entries.ToFrozenDictionary(StringComparer.Ordinal), learned, spelling);
    }
}

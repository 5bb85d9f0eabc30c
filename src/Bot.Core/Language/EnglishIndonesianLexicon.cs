namespace Bot.Core.Language;

/// <summary>
/// The English → Indonesian word lists: name variants, the hand-checked news lexicon (which
/// overrides the dictionary for the same headword), the FreeDict-derived dictionary, the table
/// learned from parallel text (consulted beside the dictionaries, not instead of them) and British →
/// American spellings. Lookups fall back from the exact word to its Porter2 stem, so "refusing"
/// finds "refuse". Read from the binary lexicon image the build makes of the lists
/// (<see cref="LexiconImage"/>), stems included, so nothing is parsed or stemmed at start-up.
/// </summary>
internal sealed class EnglishIndonesianLexicon
{
    private static readonly Lazy<EnglishIndonesianLexicon> Shared = new(() => new EnglishIndonesianLexicon(LexiconImage.Embedded));

    private readonly Dictionary<string, string[]> _names;
    private readonly Dictionary<string, LexiconEntry> _entries;
    private readonly Dictionary<string, string> _headwordByStem;
    private readonly Dictionary<string, string> _americanSpelling;
    private readonly Dictionary<string, string[]> _learned;
    private readonly Dictionary<string, string> _learnedByStem;

    // Plain dictionaries rather than frozen ones: building a frozen set analyses every key, which at
    // start-up costs more than all the lookups of an answer save.
    internal EnglishIndonesianLexicon(LexiconTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _names = tables.Names;
        _entries = tables.Entries;
        _learned = tables.Learned;
        _americanSpelling = tables.AmericanSpelling;
        _headwordByStem = tables.HeadwordByStem;
        _learnedByStem = tables.LearnedByStem;
        LongestPhrase = tables.LongestPhrase;
    }

    public static EnglishIndonesianLexicon Default => Shared.Value;

    /// <summary>The most words any phrase headword has.</summary>
    public int LongestPhrase { get; }

    /// <summary>True when the Porter2 stem is the stem of a single-word English headword: the word is English vocabulary.</summary>
    public bool IsEnglishStem(string stem) => _headwordByStem.ContainsKey(stem);

    public string ToAmerican(string lowercaseWord) =>
        _americanSpelling.TryGetValue(lowercaseWord, out var american) ? american : lowercaseWord;

    public bool TryName(string lowercasePhrase, out string[] variants) => _names.TryGetValue(lowercasePhrase, out variants!);

    /// <summary>Renderings of an exact headword (word or phrase).</summary>
    public bool TryPhrase(string lowercasePhrase, out string[] renderings, out TranslationSource source)
    {
        if (_entries.TryGetValue(lowercasePhrase, out var entry))
        {
            (renderings, source) = (entry.Renderings, entry.Source);
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
}

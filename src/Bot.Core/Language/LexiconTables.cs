namespace Bot.Core.Language;

/// <summary>
/// The language data the engine looks words up in, resolved from the text sources: the Indonesian
/// roots (Hunspell stems, plus hand-checked extras, minus the exclusions), the English → Indonesian
/// entries (the hand-checked news lexicon overriding the dictionary for the same headword), name
/// variants, British → American spellings, the table learned from parallel text, and the Porter2
/// stem of every headword (the first headword to claim a stem keeps it). The build writes these as
/// the binary lexicon image so that start-up reads them instead of parsing and stemming the text.
/// </summary>
internal sealed record LexiconTables(
    HashSet<string> Roots,
    Dictionary<string, LexiconEntry> Entries,
    Dictionary<string, string[]> Names,
    Dictionary<string, string> AmericanSpelling,
    Dictionary<string, string[]> Learned,
    Dictionary<string, string> HeadwordByStem,
    Dictionary<string, string> LearnedByStem,
    int LongestPhrase)
{
    /// <summary>Resolves the tables from the text sources, each opened by its file name (<see cref="LexiconSources"/>).</summary>
    public static LexiconTables FromSources(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var roots = new HashSet<string>(Lines(open, LexiconSources.Roots), StringComparer.Ordinal);
        roots.UnionWith(Lines(open, LexiconSources.ExtraRoots));
        roots.ExceptWith(Lines(open, LexiconSources.ExcludedRoots));

        // A later line (and the news lexicon after the dictionary) overrides the same headword.
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var (key, values) in Table(open, LexiconSources.Dictionary))
        {
            entries[key] = new LexiconEntry(values, TranslationSource.Dictionary);
        }

        foreach (var (key, values) in Table(open, LexiconSources.News))
        {
            entries[key] = new LexiconEntry(values, TranslationSource.Lexicon);
        }

        var names = Unique(open, LexiconSources.Names, values => values);
        var spelling = Unique(open, LexiconSources.Spelling, values => values[0]);
        var learned = Unique(open, LexiconSources.Learned, values => values);

        // Trusted lists first, then shorter headwords: "refuse" rather than "refusal" keeps the stem "refus".
        var headwordByStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (headword, _) in entries.OrderBy(e => e.Value.Source).ThenBy(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!headword.Contains(' ', StringComparison.Ordinal))
            {
                headwordByStem.TryAdd(EnglishStemmer.Stem(headword), headword);
            }
        }

        var learnedByStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var headword in learned.Keys.Order(StringComparer.Ordinal))
        {
            learnedByStem.TryAdd(EnglishStemmer.Stem(headword), headword);
        }

        var longestPhrase = names.Keys.Concat(entries.Keys).Max(k => k.Split(' ').Length);
        return new LexiconTables(roots, entries, names, spelling, learned, headwordByStem, learnedByStem, longestPhrase);
    }

    private static List<string> Lines(Func<string, TextReader> open, string fileName)
    {
        using var reader = open(fileName);
        return LanguageDataText.Lines(reader);
    }

    private static IEnumerable<(string Key, string[] Values)> Table(Func<string, TextReader> open, string fileName) =>
        LanguageDataText.Table(Lines(open, fileName));

    /// <summary>A table whose keys must be unique: a repeated key is a mistake in the list, reported at build time.</summary>
    private static Dictionary<string, T> Unique<T>(Func<string, TextReader> open, string fileName, Func<string[], T> value)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, values) in Table(open, fileName))
        {
            if (!table.TryAdd(key, value(values)))
            {
                throw new InvalidDataException($"{fileName}: the key '{key}' is listed twice.");
            }
        }

        return table;
    }
}

using System.Collections.Frozen;

namespace Bot.Core.Language;

/// <summary>What a title word is: an office, a rank, a relation to someone, a courtesy, a place that qualifies it, or a connector.</summary>
public enum TitleKind
{
    Role,
    Rank,
    Relation,
    Honorific,
    Place,
    Word,

    /// <summary>A word that makes a name an institution's ("Kementerian", "Partai", "Polda").</summary>
    Institution,
}

/// <summary>One phrase of <see cref="TitleLexicon"/> found in a run of words.</summary>
/// <param name="Length">How many words of the run it covers.</param>
/// <param name="English">The English rendering; for places the adjective ("Russian").</param>
/// <param name="EnglishNoun">For places the noun ("Russia"); otherwise the same as <paramref name="English"/>.</param>
public sealed record TitlePhrase(int Length, string English, string EnglishNoun, TitleKind Kind);

/// <summary>
/// Titles, offices, ranks and relations that stand beside names in news text ("Menteri Pertahanan",
/// "juru bicara", "Kombes", "timpalannya") and the country names that qualify them, with their English
/// renderings (Language/Data/id-en-titles.tsv). Lets an answer say who a person is and in English.
/// </summary>
public sealed class TitleLexicon
{
    private static readonly Lazy<TitleLexicon> Shared = new(() => new TitleLexicon(LanguageData.Lines("id-en-titles.tsv")));

    private readonly FrozenDictionary<string, TitlePhrase> _phrases;
    private readonly FrozenSet<string> _titleWords;
    private readonly int _longest;

    private TitleLexicon(IEnumerable<string> lines)
    {
        var phrases = new Dictionary<string, TitlePhrase>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var columns = line.Split('\t', StringSplitOptions.TrimEntries);
            if (columns.Length < 3 || !Enum.TryParse<TitleKind>(columns[2], ignoreCase: true, out var kind))
            {
                continue;
            }

            var key = columns[0].ToLowerInvariant();
            var english = columns[1].Split('|', StringSplitOptions.TrimEntries);
            var length = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            phrases[key] = new TitlePhrase(length, english[0], english.Length > 1 ? english[1] : english[0], kind);
            if (kind is TitleKind.Role or TitleKind.Rank or TitleKind.Relation or TitleKind.Honorific)
            {
                words.UnionWith(key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            _longest = Math.Max(_longest, length);
        }

        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _titleWords = words.ToFrozenSet(StringComparer.Ordinal);
    }

    public static TitleLexicon Default => Shared.Value;

    /// <summary>The word belongs to a title phrase ("Pertahanan" of "Menteri Pertahanan", "timpalannya").</summary>
    public bool IsTitleWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = Normalize(word);
        return _titleWords.Contains(lower) || (lower.EndsWith("nya", StringComparison.Ordinal) && _titleWords.Contains(lower[..^3]));
    }

    /// <summary>The longest phrase of the lexicon that starts at <paramref name="at"/> in <paramref name="words"/>, if any.</summary>
    public TitlePhrase? Match(IReadOnlyList<string> words, int at)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var length = Math.Min(_longest, words.Count - at); length >= 1; length--)
        {
            var key = string.Join(' ', Enumerable.Range(at, length).Select(i => Normalize(words[i])));
            if (_phrases.TryGetValue(key, out var phrase) || (length == 1 && key.EndsWith("nya", StringComparison.Ordinal) && _phrases.TryGetValue(key[..^3], out phrase)))
            {
                return phrase with { Length = length };
            }
        }

        return null;
    }

    private static string Normalize(string word) => word.Trim('.', ',', '(', ')').ToLowerInvariant();
}

using System.Collections.Concurrent;

namespace Bot.Core.Language;

/// <summary>
/// Turns text into index terms and questions into weighted query terms in the same term space.
/// </summary>
/// <remarks>
/// Passages: words are lower-cased, stop words of either language dropped (an all-capital
/// acronym such as "AS" is never a stop word), and each word mapped by <see cref="TermStemmer"/>:
/// Indonesian root when the Indonesian stemmer finds one, Porter2 stem for English words, else the
/// word itself. Numbers are terms as written; a numeric date ("21/10/2022") is a term as written
/// followed by its month's Indonesian name and its year ("oktober", "2022"), so that it meets
/// "October" and "Oktober 2022".
/// Questions: the same mapping gives the question's own terms (weight 1). An English question
/// also gets the Indonesian renderings of its words and phrases, mapped the same way so that
/// "call" meets "menelepon" (telepon) and "panggilan" (panggil), with weights below 1 split across
/// the alternatives (see <see cref="QueryTermWeights"/>).
/// </remarks>
public sealed partial class TermAnalyzer
{
    /// <summary>
    /// Surface forms (as written, so "AS" and "as" differ) whose terms are cached; beyond this many
    /// new forms are analysed without caching, bounding memory on unusual input.
    /// </summary>
    private const int MaximumCachedForms = 1_000_000;

    private readonly EnglishIndonesianLexicon _lexicon;
    private readonly TermStemmer _stemmer;
    private readonly QueryTranslator _translator;
    private readonly ConcurrentDictionary<string, string[]> _documentForms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _documentFormLookup;
    private int _cachedForms;

    public TermAnalyzer()
        : this(EnglishIndonesianLexicon.Default)
    {
    }

    internal TermAnalyzer(EnglishIndonesianLexicon lexicon)
    {
        _lexicon = lexicon;
        _stemmer = new TermStemmer(lexicon);
        _translator = new QueryTranslator(lexicon);
        _documentFormLookup = _documentForms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TermAnalyzer Default { get; } = new();

    /// <summary>Index-time terms of a passage, in order (duplicates kept for term frequency).</summary>
    public IReadOnlyList<string> DocumentTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = DottedAcronyms.Collapse(text);
        var terms = new List<string>((text.Length / 7) + 1);
        var scanner = new TokenScanner(text);
        while (scanner.Next(out var start, out var length, out var kind))
        {
            var surface = text.AsSpan(start, length);
            if (!_documentFormLookup.TryGetValue(surface, out var formTerms))
            {
                var token = surface.ToString();
                formTerms = kind switch
                {
                    TokenKind.Word => WordTerms(token, TextLanguage.Unknown),
                    TokenKind.Date => NumericDateTerms.Of(token),
                    _ => [token],
                };
                if (Interlocked.Increment(ref _cachedForms) <= MaximumCachedForms)
                {
                    _documentForms.TryAdd(token, formTerms);
                }
            }

            if (formTerms.Length == 1)
            {
                terms.Add(formTerms[0]);
            }
            else if (formTerms.Length > 1)
            {
                terms.AddRange(formTerms);
            }
        }

        return terms;
    }

    /// <summary>Terms of one word token; none when it is a stop word of <paramref name="language"/>.</summary>
    private string[] WordTerms(string tokenText, TextLanguage language)
    {
        var lower = TermStemmer.NormalizeWord(tokenText.ToLowerInvariant());
        if (lower.Length == 0 || (!IsAcronym(tokenText) && StopWords.IsStopWord(lower, language)))
        {
            return [];
        }

        var terms = _stemmer.Terms(lower);
        var expansion = Abbreviations.Default.Expand(tokenText, lower);
        if (expansion.Length == 0)
        {
            return terms;
        }

        // The abbreviation keeps its own term and gains those of the words it stands for.
        return [.. terms, .. expansion.SelectMany(w => _stemmer.Terms(w)).Where(t => !terms.Contains(t, StringComparer.Ordinal))];
    }

    /// <summary>"AS", "PBB", "KTT": all capitals, two letters or more.</summary>
    internal static bool IsAcronym(string tokenText)
    {
        if (tokenText.Length < 2)
        {
            return false;
        }

        foreach (var c in tokenText)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}

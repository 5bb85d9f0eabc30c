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
public sealed class TermAnalyzer
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
        _stemmer = new TermStemmer(lexicon.EnglishStems);
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

    /// <summary>Weighted query terms, including translations when the question is English.</summary>
    public IReadOnlyList<QueryTerm> QueryTerms(string question, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = DottedAcronyms.Collapse(question);
        if (language == TextLanguage.Unknown)
        {
            language = LanguageDetector.Detect(question);
        }

        var tokens = Tokenizer.Tokenize(question);
        var ownTerms = new List<string[]>(tokens.Count);
        var words = new List<QueryWord>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                ownTerms.Add(token.Kind == TokenKind.Date ? NumericDateTerms.Of(token.Text) : [token.Text]);
                words.Add(new QueryWord(token.Text, IsStopWord: true));
                continue;
            }

            var lower = TermStemmer.NormalizeWord(token.Text.ToLowerInvariant());
            var terms = WordTerms(token.Text, language);
            var american = language == TextLanguage.English ? _lexicon.ToAmerican(lower) : lower;
            if (terms.Length > 0 && !american.Equals(lower, StringComparison.Ordinal))
            {
                terms = [.. terms.Concat(_stemmer.Terms(american)).Distinct(StringComparer.Ordinal)];
            }

            ownTerms.Add(terms);
            words.Add(new QueryWord(american, IsStopWord: terms.Length == 0));
        }

        var spans = language == TextLanguage.English ? _translator.Translate(words) : NameVariants(words);
        var renderings = spans.Select(RenderingTerms).ToList();
        var result = new QueryTermSet();
        for (var i = 0; i < words.Count; i++)
        {
            var weight = IsFalseFriend(words[i], ownTerms[i], i, spans, renderings) ? QueryTermWeights.FalseFriend : QueryTermWeights.Question;
            foreach (var term in ownTerms[i])
            {
                result.Add(term, weight, "question");
            }
        }

        for (var s = 0; s < spans.Count; s++)
        {
            AddRenderings(result, spans[s], renderings[s]);
        }

        return result.ToList();
    }

    /// <summary>Listed spellings of names in a non-English question ("Kiev" also finds "Kyiv").</summary>
    private List<TranslatedSpan> NameVariants(List<QueryWord> words)
    {
        var spans = new List<TranslatedSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsStopWord && _lexicon.TryName(words[i].Text, out var variants))
            {
                spans.Add(new TranslatedSpan(i, 1, words[i].Text, variants, TranslationSource.Name));
            }
        }

        return spans;
    }

    /// <summary>
    /// An English word spelled like an Indonesian root of another meaning ("air" is water,
    /// "jam" is hour): its own term would match unrelated Indonesian passages, so it weighs
    /// little when its translation does not contain that term.
    /// </summary>
    private static bool IsFalseFriend(QueryWord word, string[] ownTerms, int index, IReadOnlyList<TranslatedSpan> spans, List<List<string[]>> renderings)
    {
        if (word.IsStopWord || !IndonesianRoots.Contains(word.Text))
        {
            return false;
        }

        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (index >= span.Start && index < span.Start + span.Length)
            {
                return span.Source is TranslationSource.Lexicon or TranslationSource.Dictionary
                    && !renderings[s].Any(r => r.Intersect(ownTerms, StringComparer.Ordinal).Any());
            }
        }

        return false;
    }

    /// <summary>The distinct term sets of a span's renderings, each mapped as passages are.</summary>
    private List<string[]> RenderingTerms(TranslatedSpan span)
    {
        var renderingTerms = new List<string[]>();
        foreach (var rendering in span.Renderings)
        {
            var stems = rendering.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !StopWords.IsStopWord(w, TextLanguage.Indonesian))
                .SelectMany(w => _stemmer.Terms(TermStemmer.NormalizeWord(w)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (stems.Length > 0 && !renderingTerms.Any(r => r.SequenceEqual(stems, StringComparer.Ordinal)))
            {
                renderingTerms.Add(stems);
            }
        }

        return renderingTerms;
    }

    private static void AddRenderings(QueryTermSet terms, TranslatedSpan span, List<string[]> renderingTerms)
    {
        if (renderingTerms.Count == 0)
        {
            return;
        }

        var (total, origin) = span.Source switch
        {
            TranslationSource.Name => (QueryTermWeights.Name, "name"),
            TranslationSource.NameRule => (QueryTermWeights.NameRule, "name-rule"),
            TranslationSource.Lexicon => (QueryTermWeights.Lexicon, "lexicon"),
            _ => (QueryTermWeights.Dictionary, "dictionary"),
        };

        // Name variants are the same entity, so each keeps the full weight; translations share it.
        var weight = span.Source is TranslationSource.Name or TranslationSource.NameRule ? total : total / Math.Sqrt(renderingTerms.Count);
        foreach (var term in renderingTerms.SelectMany(r => r))
        {
            terms.Add(term, weight, origin + ":" + span.English);
        }
    }

    /// <summary>Terms of one word token; none when it is a stop word of <paramref name="language"/>.</summary>
    private string[] WordTerms(string tokenText, TextLanguage language)
    {
        var lower = TermStemmer.NormalizeWord(tokenText.ToLowerInvariant());
        if (lower.Length == 0 || (!IsAcronym(tokenText) && StopWords.IsStopWord(lower, language)))
        {
            return [];
        }

        return _stemmer.Terms(lower);
    }

    /// <summary>"AS", "PBB", "KTT": all capitals, two letters or more.</summary>
    private static bool IsAcronym(string tokenText)
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

namespace Bot.Core.Language;

public sealed partial class TermAnalyzer
{
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
                return span.Source is TranslationSource.Lexicon or TranslationSource.Dictionary or TranslationSource.Learned
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
            TranslationSource.Learned => (QueryTermWeights.Learned, "learned"),
            _ => (QueryTermWeights.Dictionary, "dictionary"),
        };

        // Name variants are the same entity, so each keeps the full weight; translations share it.
        var weight = span.Source is TranslationSource.Name or TranslationSource.NameRule ? total : total / Math.Sqrt(renderingTerms.Count);
        foreach (var term in renderingTerms.SelectMany(r => r))
        {
            terms.Add(term, weight, origin + ":" + span.English);
        }
    }
}

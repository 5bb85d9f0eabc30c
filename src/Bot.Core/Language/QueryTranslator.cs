namespace Bot.Core.Language;

/// <summary>
/// Translates the words of an English question into Indonesian renderings, matching the longest
/// phrase first ("defense minister" before "defense", "phone call" before "call"). Single stop
/// words are not translated, but phrases may span them ("secretary of state"). A single word also
/// gets the renderings learned from parallel text, as a span of its own beside the dictionary's.
/// </summary>
internal sealed class QueryTranslator
{
    private readonly EnglishIndonesianLexicon _lexicon;

    public QueryTranslator(EnglishIndonesianLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public static QueryTranslator Default { get; } = new(EnglishIndonesianLexicon.Default);

    /// <summary>Translates English text: tokenized, lower-cased, British spellings made American.</summary>
    public IReadOnlyList<TranslatedSpan> Translate(string englishText)
    {
        ArgumentNullException.ThrowIfNull(englishText);
        var words = Tokenizer.Tokenize(englishText)
            .Select(t => _lexicon.ToAmerican(TermStemmer.NormalizeWord(t.Text.ToLowerInvariant())))
            .Select(w => new QueryWord(w, StopWords.IsStopWord(w, TextLanguage.English)))
            .ToList();
        return Translate(words);
    }

    public IReadOnlyList<TranslatedSpan> Translate(IReadOnlyList<QueryWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var spans = new List<TranslatedSpan>();
        var i = 0;
        while (i < words.Count)
        {
            var phrase = LongestPhraseAt(words, i);
            if (phrase is not null)
            {
                spans.Add(phrase);
                i += phrase.Length;
                continue;
            }

            if (!words[i].IsStopWord)
            {
                var single = TranslateWord(words[i].Text, i);
                if (single is not null)
                {
                    spans.Add(single);
                }

                // A listed name is the same entity in both languages: nothing to learn beside it.
                if (single?.Source != TranslationSource.Name && _lexicon.TryLearned(words[i].Text, out var learned))
                {
                    spans.Add(new TranslatedSpan(i, 1, words[i].Text, learned, TranslationSource.Learned));
                }
            }

            i++;
        }

        return spans;
    }

    private TranslatedSpan? LongestPhraseAt(IReadOnlyList<QueryWord> words, int start)
    {
        for (var length = Math.Min(_lexicon.LongestPhrase, words.Count - start); length >= 2; length--)
        {
            var phrase = string.Join(' ', Enumerable.Range(start, length).Select(k => words[k].Text));
            if (_lexicon.TryName(phrase, out var variants))
            {
                return new TranslatedSpan(start, length, phrase, variants, TranslationSource.Name);
            }

            if (_lexicon.TryPhrase(phrase, out var renderings, out var source))
            {
                return new TranslatedSpan(start, length, phrase, renderings, source);
            }
        }

        return null;
    }

    private TranslatedSpan? TranslateWord(string word, int position)
    {
        if (_lexicon.TryName(word, out var variants))
        {
            return new TranslatedSpan(position, 1, word, variants, TranslationSource.Name);
        }

        if (_lexicon.TryWord(word, out var renderings, out var source))
        {
            return new TranslatedSpan(position, 1, word, renderings, source);
        }

        var respelled = NameRespelling.Variants(word);
        return respelled.Count > 0 ? new TranslatedSpan(position, 1, word, respelled, TranslationSource.NameRule) : null;
    }
}

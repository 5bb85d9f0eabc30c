using Bot.Core.Language;

namespace Bot.Bench.Vocabulary;

/// <summary>
/// Measures, word by word, whether an English question's content words find Indonesian terms in
/// the articles: the question is analysed as the retriever analyses it, and each rendering term
/// is credited to the English words of the span it translates (so "phone call" → telepon counts
/// for both words).
/// </summary>
internal sealed class VocabularyReach(TermAnalyzer analyzer)
{
    private const int UnreachedShown = 25;

    public ReachFigures Measure(string set, IReadOnlyList<ReachQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        int words = 0, translated = 0, reachedCorpus = 0, reachedGold = 0, foundCorpus = 0, foundGold = 0;
        var unreached = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var renderings = RenderingsByWord(question.Question);
            foreach (var word in ContentWords(question.Question))
            {
                words++;
                var own = analyzer.DocumentTerms(word);
                var rendered = renderings.TryGetValue(word, out var terms) ? terms : [];
                translated += rendered.Count > 0 ? 1 : 0;
                var inCorpus = rendered.Any(question.CorpusTerms.Contains);
                var inGold = rendered.Any(question.GoldTerms.Contains);
                reachedCorpus += inCorpus ? 1 : 0;
                reachedGold += inGold ? 1 : 0;
                var ownInCorpus = inCorpus || own.Any(question.CorpusTerms.Contains);
                foundCorpus += ownInCorpus ? 1 : 0;
                foundGold += inGold || own.Any(question.GoldTerms.Contains) ? 1 : 0;
                if (!ownInCorpus)
                {
                    unreached[word] = unreached.GetValueOrDefault(word) + 1;
                }
            }
        }

        double Share(int count) => words == 0 ? 0 : (double)count / words;
        var shown = unreached.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(UnreachedShown)
            .Select(e => e.Value > 1 ? $"{e.Key} ({e.Value})" : e.Key).ToList();
        return new ReachFigures(set, questions.Count, words, Share(translated), Share(reachedCorpus), Share(reachedGold), Share(foundCorpus), Share(foundGold), shown);
    }

    /// <summary>Lower-case content words of the question, as the analyser normalises them.</summary>
    public static IEnumerable<string> ContentWords(string question)
    {
        foreach (var token in Tokenizer.Tokenize(question))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = EnglishIndonesianLexicon.Default.ToAmerican(TermStemmer.NormalizeWord(token.Text.ToLowerInvariant()));
            if (word.Length >= 2 && !word.All(char.IsAsciiDigit) && (TermAnalyzer.IsAcronym(token.Text) || !StopWords.IsStopWord(word, TextLanguage.English)))
            {
                yield return word;
            }
        }
    }

    private Dictionary<string, HashSet<string>> RenderingsByWord(string question)
    {
        var byWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var term in analyzer.QueryTerms(question, TextLanguage.English))
        {
            var colon = term.Origin.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            foreach (var english in term.Origin[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byWord.TryGetValue(english, out var terms))
                {
                    terms = new HashSet<string>(StringComparer.Ordinal);
                    byWord[english] = terms;
                }

                terms.Add(term.Term);
            }
        }

        return byWord;
    }
}

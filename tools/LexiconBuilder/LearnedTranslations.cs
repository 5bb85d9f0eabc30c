using System.Globalization;
using Bot.Core.Language;

namespace Bot.Tools.LexiconBuilder;

/// <summary>
/// Learns English → Indonesian word translations from parallel text with <see cref="IbmModel1"/>.
/// Both sides are cut into the engine's own units: English words (not stop words or numbers) by
/// their Porter2 stem, Indonesian words by their index terms (roots), so that elected/elects and
/// dipilih/memilih/pemilihan each pool their counts. The dictionary's single entries join the text
/// as one-word pairs: a weak prior that explains the words it knows and leaves the rest of each
/// sentence to the words it does not. An English word seen in text at least
/// <see cref="MinimumCount"/> times keeps its renderings of probability at least
/// <see cref="MinimumProbability"/> (at most <see cref="MaximumRenderings"/>) when together they
/// hold at least <see cref="MinimumMass"/> of its probability.
/// </summary>
internal static class LearnedTranslations
{
    public const int Iterations = 15;
    public const int MinimumCount = 2;
    public const double MinimumProbability = 0.2;
    public const double MinimumMass = 0.5;
    public const int MaximumRenderings = 3;

    public sealed record Entry(string English, IReadOnlyList<(string Indonesian, double Probability)> Renderings);

    public static List<Entry> Learn(IEnumerable<(string English, string Indonesian)> text, IReadOnlyDictionary<string, List<string>> dictionary)
    {
        var units = new Units();
        var pairs = new List<(int[], int[])>();
        var counts = new Dictionary<int, int>();
        foreach (var (english, indonesian) in text)
        {
            var e = units.English(english, countSurface: true);
            var f = units.Indonesian(indonesian);
            if (e.Length == 0 || f.Length == 0)
            {
                continue;
            }

            pairs.Add((e, f));
            foreach (var word in e)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var (headword, renderings) in dictionary.Where(d => !d.Key.Contains(' ', StringComparison.Ordinal)))
        {
            var e = units.English(headword, countSurface: false);
            if (e.Length != 1)
            {
                continue;
            }

            foreach (var rendering in renderings)
            {
                var f = units.Indonesian(rendering);
                if (f.Length > 0)
                {
                    pairs.Add((e, f));
                }
            }
        }

        var model = new IbmModel1(pairs);
        model.Train(Iterations);

        var byEnglish = model.Probabilities.Where(p => p.Key.E != IbmModel1.Null).GroupBy(p => p.Key.E);
        var entries = new List<Entry>();
        foreach (var group in byEnglish)
        {
            if (counts.GetValueOrDefault(group.Key) < MinimumCount)
            {
                continue;
            }

            var surface = units.EnglishSurface(group.Key);
            var kept = group.Where(p => p.Value >= MinimumProbability)
                .Select(p => (Indonesian: units.IndonesianSurface(p.Key.F), Probability: p.Value))
                .OrderByDescending(r => r.Probability).ThenBy(r => r.Indonesian, StringComparer.Ordinal)
                .Take(MaximumRenderings)
                .ToList();

            // A word that mostly stays itself (a name, a loan word) counts that towards its mass,
            // but the engine already matches a word's own term: the table lists only the others.
            var others = kept.Where(r => !r.Indonesian.Equals(surface, StringComparison.Ordinal)).ToList();
            if (others.Count > 0 && kept.Sum(r => r.Probability) >= MinimumMass)
            {
                entries.Add(new Entry(surface, others));
            }
        }

        return [.. entries.OrderBy(e => e.English, StringComparer.Ordinal)];
    }

    public static IEnumerable<string> Lines(IReadOnlyList<Entry> entries) => entries.Select(e =>
        e.English + "\t" + string.Join('|', e.Renderings.Select(r => r.Indonesian))
        + "\t# " + string.Join(' ', e.Renderings.Select(r => r.Probability.ToString("F2", CultureInfo.InvariantCulture))));

    /// <summary>Interned units of both languages and the surface form each is written as.</summary>
    private sealed class Units
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { ["\0null"] = IbmModel1.Null };
        private readonly List<string> _names = ["\0null"];
        private readonly Dictionary<int, Dictionary<string, int>> _surfaces = [];

        public int[] English(string text, bool countSurface)
        {
            var ids = new List<int>();
            foreach (var token in Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word))
            {
                var word = EnglishIndonesianLexicon.Default.ToAmerican(TermStemmer.NormalizeWord(token.Text.ToLowerInvariant()));
                if (word.Length < 2 || StopWords.IsStopWord(word, TextLanguage.English) || !word.All(char.IsAsciiLetterLower))
                {
                    continue;
                }

                var id = Intern("en:" + EnglishStemmer.Stem(word));
                Surface(id, word, countSurface ? 1 : 0);
                ids.Add(id);
            }

            return [.. ids];
        }

        public int[] Indonesian(string text)
        {
            var ids = new List<int>();
            foreach (var token in Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word))
            {
                var lower = TermStemmer.NormalizeWord(token.Text.ToLowerInvariant());
                foreach (var term in TermAnalyzer.Default.DocumentTerms(token.Text))
                {
                    var id = Intern("id:" + term);
                    // A root is written as itself; any other term as the word it came from, which the
                    // engine maps back to the same term.
                    Surface(id, IndonesianRoots.Contains(term) ? term : lower, 1);
                    ids.Add(id);
                }
            }

            return [.. ids];
        }

        public string EnglishSurface(int id) => Best(id);

        public string IndonesianSurface(int id) => Best(id);

        private string Best(int id) => _surfaces[id].OrderByDescending(s => s.Value).ThenBy(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

        private int Intern(string unit)
        {
            if (!_ids.TryGetValue(unit, out var id))
            {
                id = _names.Count;
                _ids[unit] = id;
                _names.Add(unit);
            }

            return id;
        }

        private void Surface(int id, string surface, int weight)
        {
            if (!_surfaces.TryGetValue(id, out var forms))
            {
                forms = new Dictionary<string, int>(StringComparer.Ordinal);
                _surfaces[id] = forms;
            }

            forms[surface] = forms.GetValueOrDefault(surface) + weight;
        }
    }
}

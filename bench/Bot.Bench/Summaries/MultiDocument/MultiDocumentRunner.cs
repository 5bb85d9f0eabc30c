using System.Text.RegularExpressions;
using Bot.Core;
using Bot.Core.Articles;
using Bot.Core.Search;
using Bot.Core.Summaries;

namespace Bot.Bench.Summaries.MultiDocument;

/// <summary>
/// Summarizes each story group as one story (ours) and with peers of the same length: the first
/// article's lead, the lead of every article in turn, and LexRank over all the group's sentences.
/// Scores facts covered, repetition and dateline starts for all, citations and the opening for ours.
/// </summary>
internal sealed partial class MultiDocumentRunner(TextWriter progress, int examples = 0)
{
    public const string Ours = SingleDocumentRunner.Ours;
    public const string FirstLead = "LEAD of the first article";
    public const string EveryLead = "leads of every article in turn";
    public const string LexRankAll = "LexRank over the group";

    public MultiDocumentReport Run(string corpus, IReadOnlyList<IReadOnlyList<Article>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var knowledgeBase = KnowledgeBase.Build([.. groups.SelectMany(g => g)]);
        var lexRank = new LexRank(LexRank.Idf(knowledgeBase.Articles.Select(a => Rouge.Tokens(a.BodyText))));
        var totals = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var citations = new CitationTotals();
        var factsPerGroup = 0.0;
        for (var g = 0; g < groups.Count; g++)
        {
            var story = StoryGrouper.StoryOf(knowledgeBase, groups[g]);
            var sentences = story.Articles.Select(a => Body(knowledgeBase, a)).ToList();
            var facts = StoryFacts.From(sentences);
            factsPerGroup += facts.Count;

            var summary = StorySummarizer.Summarize(knowledgeBase, story);
            var k = Math.Max(1, summary.Sentences.Count);
            var systems = new (string Name, IReadOnlyList<string> Sentences)[]
            {
                (Ours, [.. summary.Sentences.Select(s => s.Text)]),
                (FirstLead, [.. sentences[0].Take(k)]),
                (EveryLead, InTurn(sentences, k)),
                (LexRankAll, lexRank.Summarize([.. sentences.SelectMany(s => s)], k)),
            };
            foreach (var (name, chosen) in systems)
            {
                (totals.TryGetValue(name, out var t) ? t : totals[name] = new Totals()).Add(chosen, facts);
            }

            citations.Add(knowledgeBase, story, summary, facts, groups[g]);
            if (g < examples)
            {
                Example(story, summary, facts, systems);
            }

            if ((g + 1) % 100 == 0)
            {
                progress.WriteLine($"  stories ({corpus}): {g + 1}/{groups.Count}");
            }
        }

        var n = Math.Max(1, groups.Count);
        return new MultiDocumentReport(
            corpus,
            groups.Count,
            groups.Count == 0 ? 0 : groups.Average(g => g.Count),
            factsPerGroup / n,
            [.. new[] { Ours, FirstLead, EveryLead, LexRankAll }.Where(totals.ContainsKey).Select(s => totals[s].Scores(s))],
            citations.Scores());
    }

    /// <summary>Prints one story as each system summarizes it, marking repeats and the group facts each sentence states.</summary>
    private void Example(Story story, StorySummary summary, StoryFacts facts, (string Name, IReadOnlyList<string> Sentences)[] systems)
    {
        progress.WriteLine($"---- story {story.Id}: {story.EventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}, {story.Articles.Count} articles ({string.Join(", ", story.Articles.Select(a => a.Outlet))}), {facts.Count} facts; headline: {summary.Headline}");
        foreach (var (name, sentences) in systems)
        {
            progress.WriteLine($"  {name}:");
            for (var i = 0; i < sentences.Count; i++)
            {
                var repeat = sentences.Take(i).Any(e => StoryFacts.SameFact(e, sentences[i])) ? " REPEAT" : "";
                var cited = name == Ours ? " " + string.Concat(summary.Sentences[i].Sources.Select(n => $"[{n}]")) : "";
                progress.WriteLine($"    - {sentences[i]}{cited} (facts {string.Join(",", facts.FactsIn(sentences[i]))}){repeat}");
            }
        }
    }

    /// <summary>The article's body sentences as the engine cut them, in order.</summary>
    private static IReadOnlyList<string> Body(KnowledgeBase knowledgeBase, Article article)
        => [.. (knowledgeBase.Sentences.TryGetValue(article.Id, out var s) ? s : []).Where(x => x.Kind == PassageKind.Body).Select(x => x.Text)];

    /// <summary>First sentences of every article, then second sentences, … until <paramref name="k"/>.</summary>
    private static List<string> InTurn(List<IReadOnlyList<string>> articles, int k)
    {
        var chosen = new List<string>();
        for (var depth = 0; chosen.Count < k && articles.Exists(a => a.Count > depth); depth++)
        {
            chosen.AddRange(articles.Where(a => a.Count > depth).Select(a => a[depth]).Take(k - chosen.Count));
        }

        return chosen;
    }

    /// <summary>A sentence that opens with names and an outlet before a dash: "Jakarta, CNN Indonesia - -", "TEMPO.CO, Jakarta -".</summary>
    internal static bool StartsWithDateline(string sentence)
    {
        var dash = DatelineDash().Match(sentence);
        if (!dash.Success || dash.Index > 60)
        {
            return false;
        }

        return sentence[..dash.Index].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .All(w => w.TrimStart('(', '[') is not { Length: > 0 } core || !char.IsLower(core[0]));
    }

    [GeneratedRegex(@"^[-–—]\s|\s(?:--|[-–—])(?:\s*[-–—])?(?:\s|$)")]
    private static partial Regex DatelineDash();

    private sealed class Totals
    {
        private int stories;
        private double sentences;
        private double covered;
        private double recall;
        private int recallStories;
        private double repeated;
        private double datelines;

        public void Add(IReadOnlyList<string> chosen, StoryFacts facts)
        {
            stories++;
            sentences += chosen.Count;
            covered += chosen.SelectMany(facts.FactsIn).Distinct().Count();
            if (facts.Count > 0)
            {
                recall += (double)chosen.SelectMany(facts.FactsIn).Distinct().Count() / facts.Count;
                recallStories++;
            }

            repeated += chosen.Where((s, i) => chosen.Take(i).Any(earlier => StoryFacts.SameFact(earlier, s))).Count();
            datelines += chosen.Count(StartsWithDateline);
        }

        public MultiDocumentScores Scores(string system) => new(
            system,
            stories,
            sentences / Math.Max(1, stories),
            covered / Math.Max(1, stories),
            recall / Math.Max(1, recallStories),
            repeated / Math.Max(1, sentences),
            datelines / Math.Max(1, sentences));
    }

    private sealed class CitationTotals
    {
        private double recall;
        private double precision;
        private double several;
        private int sentences;
        private int withDay;
        private int openingGivesDay;
        private int groupedAsOne;
        private int stories;

        public void Add(KnowledgeBase knowledgeBase, Story story, StorySummary summary, StoryFacts facts, IReadOnlyList<Article> group)
        {
            stories++;
            var index = story.Articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            foreach (var sentence in summary.Sentences)
            {
                var cited = sentence.Sources.Select(n => index[summary.Sources[n - 1].Id]).ToHashSet();
                var stating = facts.ArticlesStating(sentence.Text).Append(index[sentence.ArticleId]).ToHashSet();
                recall += (double)cited.Count(stating.Contains) / stating.Count;
                precision += (double)cited.Count(stating.Contains) / Math.Max(1, cited.Count);
                several += cited.Count >= 2 ? 1 : 0;
                sentences++;
            }

            if (story.EventDate is { } day && summary.Sentences.Count > 0)
            {
                withDay++;
                var first = summary.Sentences[0];
                var dates = (knowledgeBase.Sentences.TryGetValue(first.ArticleId, out var s) ? s : [])
                    .Where(x => x.Text.Contains(first.Text, StringComparison.Ordinal))
                    .SelectMany(x => x.Dates.Where(d => first.Text.Contains(d.Text, StringComparison.Ordinal)));
                openingGivesDay += dates.Any(d => d.Date == day) ? 1 : 0;
            }

            // The product's own grouping, given only this group's articles.
            groupedAsOne += StoryGrouper.Group(KnowledgeBase.Build(group)).Count == 1 ? 1 : 0;
        }

        public CitationScores Scores() => new(
            recall / Math.Max(1, sentences),
            precision / Math.Max(1, sentences),
            several / Math.Max(1, sentences),
            withDay,
            (double)openingGivesDay / Math.Max(1, withDay),
            (double)groupedAsOne / Math.Max(1, stories));
    }
}

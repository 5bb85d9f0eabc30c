using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Language;

namespace Bot.Bench.Summaries.MultiDocument;

/// <summary>
/// Finds groups of articles from several outlets that report one story, independently of the
/// product's own story grouping (which is what is being tested downstream): published within a
/// day of each other, by different outlets, sharing several specific names (names that few
/// articles of the corpus carry) and much of their wording. Groups are the connected pairs, kept
/// when they hold 2–6 articles of at least two outlets.
/// </summary>
internal static partial class StoryGroupFinder
{
    public const int MaxGroupSize = 6;

    /// <summary>Shared specific names two reports of one story have at least.</summary>
    private const int MinSharedNames = 3;

    /// <summary>Shared names over the names of the article with fewer.</summary>
    private const double MinNameOverlap = 0.3;

    /// <summary>TF-IDF cosine of the two bodies.</summary>
    private const double MinSimilarity = 0.25;

    /// <summary>A name in more than this share of the corpus (a capital, a country, an outlet) says nothing of the story.</summary>
    private const double MaxNameShare = 0.02;

    private const int PublishedWithinDays = 1;

    public static IReadOnlyList<IReadOnlyList<Article>> Find(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var names = articles.Select(a => Names(a.BodyText)).ToList();
        var nameFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names.SelectMany(n => n))
        {
            nameFrequency[name] = nameFrequency.GetValueOrDefault(name) + 1;
        }

        var limit = Math.Max(5, MaxNameShare * articles.Count);
        var specific = names.Select(n => n.Where(x => nameFrequency[x] <= limit).ToHashSet(StringComparer.Ordinal)).ToList();
        var tokens = articles.Select(a => Rouge.Tokens(a.BodyText)).ToList();
        var idf = LexRank.Idf(tokens);
        var vectors = tokens.Select(t => SparseVectors.TfIdf(t, idf)).ToList();

        // Candidate pairs through the names they share, so the corpus is never compared all against all.
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var name in specific[i])
            {
                (byName.TryGetValue(name, out var list) ? list : byName[name] = []).Add(i);
            }
        }

        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < articles.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var name in specific[i])
            {
                foreach (var j in byName[name])
                {
                    if (j > i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (count >= MinSharedNames && SameStory(articles[i], articles[j], count, specific[i].Count, specific[j].Count, vectors[i], vectors[j]))
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        return [.. Enumerable.Range(0, articles.Count)
            .GroupBy(Root)
            .Select(g => (IReadOnlyList<Article>)[.. g.Select(i => articles[i]).OrderBy(a => a.Published?.Date).ThenBy(a => a.Id, StringComparer.Ordinal)])
            .Where(g => g.Count is >= 2 and <= MaxGroupSize && g.Select(a => a.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2)
            .OrderBy(g => g[0].Id, StringComparer.Ordinal)];
    }

    private static bool SameStory(Article a, Article b, int shared, int namesA, int namesB, Dictionary<string, double> va, Dictionary<string, double> vb)
    {
        if (string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase)
            || a.Published is not { } pa || b.Published is not { } pb
            || Math.Abs(pa.Date.DayNumber - pb.Date.DayNumber) > PublishedWithinDays)
        {
            return false;
        }

        return shared >= MinNameOverlap * Math.Min(namesA, namesB)
            && SparseVectors.Cosine(va, vb) >= MinSimilarity;
    }

    /// <summary>Capitalized words that do not open a sentence, lower-cased.</summary>
    internal static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            foreach (var match in Word().Matches(sentence).Skip(1))
            {
                if (match.Value.Length >= 3 && char.IsUpper(match.Value[0]))
                {
                    names.Add(match.Value.ToLowerInvariant());
                }
            }
        }

        return names;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

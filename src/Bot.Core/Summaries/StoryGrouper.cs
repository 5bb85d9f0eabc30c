using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core.Summaries;

/// <summary>
/// Groups articles into stories: two articles report the same event when their main event days
/// agree (within <see cref="SummaryOptions.SameEventDays"/>) and their texts or names overlap,
/// or, lacking a date, when their texts and names overlap strongly and they came out close together.
/// Grouping is transitive (a chain of such pairs is one story).
/// </summary>
public static class StoryGrouper
{
    public static IReadOnlyList<Story> Group(KnowledgeBase knowledgeBase, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        options ??= SummaryOptions.Default;
        var profiles = Profiles(knowledgeBase, knowledgeBase.Articles, options);
        var parent = Enumerable.Range(0, profiles.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = i + 1; j < profiles.Count; j++)
            {
                if (SameEvent(profiles[i], profiles[j], options))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return profiles
            .Select((p, i) => (Profile: p, Root: Find(i)))
            .GroupBy(x => x.Root)
            .Select(g => ToStory(g.Select(x => x.Profile).ToList()))
            .OrderBy(s => s.EventDate ?? DateOnly.MaxValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The story of exactly these articles (one or more), its event date found as <see cref="Group"/> finds it.</summary>
    public static Story StoryOf(KnowledgeBase knowledgeBase, IReadOnlyList<Article> articles, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfZero(articles.Count);
        return ToStory(Profiles(knowledgeBase, articles, options ?? SummaryOptions.Default));
    }

    internal static bool SameEvent(ArticleProfile a, ArticleProfile b, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var similarity = a.Terms.Cosine(b.Terms);
        var names = NamedEntities.Overlap(a.Entities, b.Entities);
        if (a.EventDate is { } da && b.EventDate is { } db)
        {
            return Math.Abs(da.DayNumber - db.DayNumber) <= options.SameEventDays
                && (similarity >= options.SimilarityWithDate || names >= options.EntityOverlapWithDate);
        }

        var published = a.Article.Published is { } pa && b.Article.Published is { } pb
            ? Math.Abs(pa.Date.DayNumber - pb.Date.DayNumber) <= options.PublishedWithinDays
            : true;
        return published
            && similarity >= options.SimilarityWithoutDate
            && names >= options.EntityOverlapWithoutDate;
    }

    internal static List<ArticleProfile> Profiles(KnowledgeBase knowledgeBase, IReadOnlyList<Article> articles, SummaryOptions options)
    {
        var analyzer = knowledgeBase.Analyzer;
        var sentences = articles.Select(a => knowledgeBase.Sentences.TryGetValue(a.Id, out var s) ? s : []).ToList();
        var terms = sentences.Select(s => analyzer.DocumentTerms(string.Join('\n', s.Where(Counts).Select(x => x.Text)))).ToList();
        var idf = InverseDocumentFrequency(terms);
        return articles.Select((a, i) => new ArticleProfile(
            a,
            ArticleProfile.MainEventDate(a, sentences[i], options),
            NamedEntities.In(sentences[i].Where(Counts).Select(s => s.Text)),
            TermVector.From(terms[i], idf),
            sentences[i])).ToList();
    }

    /// <summary>Smoothed IDF over the given documents; a term in every document still weighs a little.</summary>
    internal static Func<string, double> InverseDocumentFrequency(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Distinct(StringComparer.Ordinal))
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = documents.Count;
        return term => Math.Log((n + 1.0) / (df.GetValueOrDefault(term) + 1.0)) + 1;
    }

    /// <summary>Body and headline sentences speak of the event; captions and bylines do not.</summary>
    internal static bool Counts(ArticleSentence sentence) => sentence.Kind is PassageKind.Body or PassageKind.Headline;

    private static Story ToStory(List<ArticleProfile> members)
    {
        var ordered = members
            .OrderBy(p => p.Article.Published?.Date ?? DateOnly.MaxValue)
            .ThenBy(p => p.Article.Id, StringComparer.Ordinal)
            .ToList();
        var eventDate = ordered
            .Where(p => p.EventDate is not null)
            .GroupBy(p => p.EventDate!.Value)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (DateOnly?)g.Key)
            .FirstOrDefault();
        var id = ordered.Select(p => p.Article.Id).Min(StringComparer.Ordinal)!;
        return new Story(id, eventDate, ordered.Select(p => p.Article).ToList());
    }
}

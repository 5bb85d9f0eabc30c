using Bot.Core.Articles;

namespace Bot.Core.Summaries;

/// <summary>
/// The embedded, model-free summary of a story: sentences quoted from its articles, chosen by a
/// scorer learned from IndoSum's gold extractive labels (<see cref="SummaryModel"/>) over where a
/// sentence stands, how close it is to the headline and to the story's centre, which of the
/// story's names and days it gives, and how new it is beside the sentences already chosen. A story
/// of several articles with an event day opens with the sentence that says who did what that day. A fact that several
/// articles state is quoted once and cited to all of them.
/// </summary>
public static class StorySummarizer
{
    /// <summary>Summarizes a whole story, or, with <paramref name="onlyFrom"/>, an update from its new articles only.</summary>
    public static StorySummary Summarize(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? onlyFrom = null, SummaryOptions? options = null)
        => Summarize(knowledgeBase, story, onlyFrom, options ?? SummaryOptions.Default, SummaryModel.Default);

    internal static StorySummary Summarize(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? onlyFrom, SummaryOptions options, SummaryModel model)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        var isUpdate = onlyFrom is not null && story.Articles.Any(a => !onlyFrom.Contains(a.Id));
        var sources = story.Articles.Where(a => onlyFrom is null || onlyFrom.Contains(a.Id)).ToList();
        var pool = StoryCandidates.Build(knowledgeBase, story, sources.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), options);

        var (min, max) = isUpdate ? (options.UpdateSentences, options.UpdateSentences) : (options.MinSentences, options.MaxSentences);
        // Several outlets' sentences need an opening that says who did what and when; one article keeps its writer's order.
        var opening = isUpdate || sources.Count < 2 ? null : SummarySelector.Opening(pool.Candidates, model);
        var chosen = SummarySelector.Select(pool.Candidates, model, min, max, options, opening);
        var sentences = chosen
            .OrderBy(c => c == opening ? 0 : 1)
            .ThenBy(c => c.Position)
            .ThenBy(c => c.ArticleOrder)
            .Select(c => new SummarySentence(c.Text, c.Sentence.ArticleId, Supporters(c, pool, sources, options)))
            .ToList();
        return new StorySummary(story, Headline(story, sources, pool), sentences, sources, isUpdate);
    }

    /// <summary>The source numbers of the articles that state the candidate's fact: its own and any with a sentence that says what it says.</summary>
    private static List<int> Supporters(SummaryCandidate candidate, StoryCandidates pool, List<Article> sources, SummaryOptions options)
    {
        var numbers = new List<int>();
        for (var n = 0; n < sources.Count; n++)
        {
            var id = sources[n].Id;
            if (id == candidate.Sentence.ArticleId
                || pool.Statements.Any(s => s.ArticleId == id && s.Content.States(candidate.Content, options.SameFactOverlap)))
            {
                numbers.Add(n + 1);
            }
        }

        return numbers;
    }

    /// <summary>The title of the source closest to what the story is about.</summary>
    private static string Headline(Story story, List<Article> sources, StoryCandidates pool)
    {
        var best = sources
            .Select(a => (Article: a, Score: pool.ArticleCentres[IndexOf(story, a)].Cosine(pool.Centre)))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Article)
            .FirstOrDefault() ?? story.Articles[0];
        return best.Title.Trim();
    }

    private static int IndexOf(Story story, Article article)
    {
        for (var i = 0; i < story.Articles.Count; i++)
        {
            if (story.Articles[i].Id == article.Id)
            {
                return i;
            }
        }

        return 0;
    }
}

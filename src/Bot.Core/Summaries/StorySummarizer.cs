using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core.Summaries;

/// <summary>
/// The embedded, model-free summary of a story: sentences quoted from its articles, chosen for
/// how central they are to the story (who, what), whether they state the event day (when) and
/// how early they come, without repeating each other (MMR). Each sentence cites its own article
/// and every other article of the summary that says much the same.
/// </summary>
public static partial class StorySummarizer
{
    /// <summary>Summarizes a whole story, or, with <paramref name="onlyFrom"/>, an update from its new articles only.</summary>
    public static StorySummary Summarize(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? onlyFrom = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(story);
        var isUpdate = onlyFrom is not null && story.Articles.Any(a => !onlyFrom.Contains(a.Id));
        var sources = story.Articles.Where(a => onlyFrom is null || onlyFrom.Contains(a.Id)).ToList();
        var sentences = story.Articles
            .SelectMany(a => (knowledgeBase.Sentences.TryGetValue(a.Id, out var s) ? s : []).Where(StoryGrouper.Counts).Where(s => s.Kind == PassageKind.Body))
            .ToList();
        var analyzer = knowledgeBase.Analyzer;
        var terms = sentences.Select(s => analyzer.DocumentTerms(s.Text)).ToList();
        var idf = StoryGrouper.InverseDocumentFrequency(terms);
        var vectors = terms.Select(t => TermVector.From(t, idf)).ToList();
        var centroid = TermVector.Centroid(vectors);

        var candidates = new List<SummaryCandidate>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var position = positions.GetValueOrDefault(sentence.ArticleId);
            positions[sentence.ArticleId] = position + 1;
            var text = Clean(sentence.Text);
            if (!sources.Any(a => a.Id == sentence.ArticleId)
                || text.Length < SummaryConstants.MinSentenceLength
                || text.Length > SummaryConstants.MaxSentenceLength)
            {
                continue;
            }

            var statesDate = story.EventDate is { } day && sentence.Dates.Any(d => d.Date == day && d.Granularity == Time.DateGranularity.Day);
            // The day is said once by the leading sentence; others restating it gain nothing for it.
            var relevance = vectors[i].Cosine(centroid) + (SummaryConstants.LeadBonus / (1 + position));
            candidates.Add(new SummaryCandidate(sentence, text, position, vectors[i], relevance, statesDate));
        }

        var count = isUpdate ? SummaryConstants.UpdateSentences : SummaryConstants.MaxSummarySentences;
        var when = candidates.Select((c, i) => (c, i)).Where(x => x.c.StatesEventDate).OrderByDescending(x => x.c.Relevance).Select(x => x.i).DefaultIfEmpty(-1).First();
        var picked = MaximalMarginalRelevance.Select(
            candidates.Select(c => c.Relevance).ToList(),
            (a, b) => candidates[a].Vector.Cosine(candidates[b].Vector),
            count,
            SummaryConstants.MmrLambda,
            SummaryConstants.RedundantSimilarity,
            when);

        var order = story.Articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var chosen = picked
            .Select(i => candidates[i])
            .OrderBy(c => c.StatesEventDate && !isUpdate ? 0 : 1)
            .ThenBy(c => c.Position)
            .ThenBy(c => order[c.Sentence.ArticleId])
            .Select(c => new SummarySentence(c.Text, c.Sentence.ArticleId, Supporters(c, sentences, vectors, sources)))
            .ToList();
        return new StorySummary(story, Headline(story, sources, vectors, sentences, centroid), chosen, sources, isUpdate);
    }

    /// <summary>The source numbers of the articles that say what the candidate says: its own and any with a close sentence.</summary>
    private static List<int> Supporters(SummaryCandidate candidate, List<ArticleSentence> sentences, List<TermVector> vectors, List<Article> sources)
    {
        var numbers = new SortedSet<int>();
        for (var n = 0; n < sources.Count; n++)
        {
            var id = sources[n].Id;
            if (id == candidate.Sentence.ArticleId)
            {
                numbers.Add(n + 1);
                continue;
            }

            for (var i = 0; i < sentences.Count; i++)
            {
                if (sentences[i].ArticleId == id && vectors[i].Cosine(candidate.Vector) >= SummaryConstants.SupportSimilarity)
                {
                    numbers.Add(n + 1);
                    break;
                }
            }
        }

        return [.. numbers];
    }

    /// <summary>The title of the source closest to what the story is about.</summary>
    private static string Headline(Story story, List<Article> sources, List<TermVector> vectors, List<ArticleSentence> sentences, TermVector centroid)
    {
        var best = sources
            .Select(a => (Article: a, Score: TermVector.Centroid(vectors.Where((_, i) => sentences[i].ArticleId == a.Id)).Cosine(centroid)))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Article)
            .FirstOrDefault() ?? story.Articles[0];
        return best.Title.Trim();
    }

    /// <summary>Drops the outlet banner that opens many leads ("JAKARTA, KOMPAS.com - ", "TRIBUNWOW.COM - ").</summary>
    internal static string Clean(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        var dash = Dash().Match(text);
        if (!dash.Success || dash.Index > SummaryConstants.MaxBannerLength)
        {
            return text;
        }

        // A banner is place and outlet names: every word in capitals, or a web address.
        var words = text[..dash.Index].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var banner = words.Length > 0 && words.All(w => w.Contains('.', StringComparison.Ordinal) || !w.Any(char.IsLower));
        var rest = text[(dash.Index + dash.Length)..].Trim();
        return banner && rest.Length > 0 ? rest : text;
    }

    [GeneratedRegex(@"\s[-–—]\s+")]
    private static partial Regex Dash();
}

using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;
using Bot.Core.Articles;
using Bot.Core.Language;

namespace Bot.Core.Answering.Metadata;

/// <summary>
/// Finds the article(s) a question about bylines, outlets or dates means: by a quoted headline,
/// by the outlet it names ("the TribunWow article"), and by its topic words matched against
/// each article's headline (full weight) and body (a share).
/// </summary>
internal static class ArticleFinder
{
    /// <summary>A quoted headline names an article when this share of its words are the article's title's.</summary>
    private const double QuotedTitleOverlap = 0.6;

    /// <summary>Topic words found in the body only count at this share of a headline match.</summary>
    private const double BodyShare = 0.6;

    /// <summary>An article that never mentions the question's month is unlikely to be the one meant.</summary>
    private const double OtherMonthFactor = 0.4;

    /// <summary>Below this fit (and with no outlet or headline named) the question names no article.</summary>
    private const double MinimumFit = 0.3;

    /// <summary>A fit below <see cref="ClearFit"/> names an article only when it is this many times the runner-up's.</summary>
    private const double ClearMargin = 1.5;

    /// <summary>A fit this good names an article however close the runner-up.</summary>
    private const double ClearFit = 0.5;

    /// <summary>With "which outlets …", every article whose fit is at least this share of the best one's.</summary>
    private const double SeveralShare = 0.75;

    /// <summary>In a corpus with more articles than this, only those of this many retrieved passages are weighed.</summary>
    private const int PoolPassages = 20;

    /// <summary>Most articles listed for one question.</summary>
    private const int MaxArticles = 4;

    public static IReadOnlyList<ArticleMatch> Find(KnowledgeBase kb, QuestionAnalysis analysis, EvidenceCollector collector)
    {
        var question = analysis.Question;
        if (MetadataCues.Quoted(question) is { } quoted)
        {
            var byTitle = kb.Articles
                .Select(a => new ArticleMatch(a, Overlap(quoted, a.Title)))
                .Where(m => m.Score >= QuotedTitleOverlap)
                .OrderByDescending(m => m.Score)
                .Take(1)
                .ToList();
            if (byTitle.Count > 0)
            {
                return byTitle;
            }
        }

        var (byOutlet, rest) = OutletMentions.Find(kb, question);
        var topicText = MetadataCues.Topic(rest.Replace('-', ' '));
        var topic = analysis with
        {
            MatchText = topicText,
            Entities = analysis.Entities.Where(e => topicText.Contains(e, StringComparison.OrdinalIgnoreCase)).ToList(),
        };
        var groups = topicText.Length == 0 ? [] : collector.Groups(topic);
        var pool = byOutlet.Count > 0 ? byOutlet : Pool(kb, topicText);
        var scored = pool
            .Select(a => new ArticleMatch(a, Fit(kb, a, groups, analysis, byOutlet.Count > 0)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ToList();
        if (scored.Count == 0 || (byOutlet.Count == 0 && !Clear(scored)))
        {
            return [];
        }

        var best = scored[0].Score;
        var share = MetadataCues.AsksForSeveral(analysis.Question.ToLowerInvariant()) ? SeveralShare : 1.0;
        return scored.Where(m => m.Score >= best * share - 1e-9).Take(MaxArticles).ToList();
    }

    private static bool Clear(List<ArticleMatch> scored)
    {
        var best = scored[0].Score;
        var second = scored.Count > 1 ? scored[1].Score : 0;
        return best >= ClearFit || (best >= MinimumFit && best >= ClearMargin * second);
    }

    /// <summary>Every article of a small corpus; in a large one, those of the passages retrieved for the topic.</summary>
    private static IEnumerable<Article> Pool(KnowledgeBase kb, string topicText)
    {
        if (kb.Articles.Count <= PoolPassages || topicText.Length == 0)
        {
            return kb.Articles;
        }

        return kb.Retriever.Retrieve(topicText, PoolPassages)
            .Select(h => h.Passage.ArticleId)
            .Distinct(StringComparer.Ordinal)
            .Select(kb.Article);
    }

    private static double Fit(KnowledgeBase kb, Article article, IReadOnlyList<TermGroup> groups, QuestionAnalysis analysis, bool outletNamed)
    {
        double fit;
        if (groups.Count == 0)
        {
            fit = outletNamed ? 1 : 0;
        }
        else
        {
            var headline = kb.Analyzer.DocumentTerms(article.Title).ToHashSet(StringComparer.Ordinal);
            var body = kb.Sentences[article.Id].SelectMany(s => kb.Analyzer.DocumentTerms(s.Text)).ToHashSet(StringComparer.Ordinal);
            // A word no article has cannot tell one article from another.
            var telling = groups.Where(g => g.InCorpus).ToList();
            var total = telling.Sum(g => g.Weight);
            var found = telling.Sum(g => g.Terms.Any(headline.Contains) ? g.Weight : g.Terms.Any(body.Contains) ? BodyShare * g.Weight : 0);
            fit = total <= 0 ? 0 : found / total;
        }

        if (analysis.Month is { } month && !kb.Sentences[article.Id].Any(s => s.Dates.Any(d => d.Date.Month == month && (analysis.Year is not { } year || d.Date.Year == year))))
        {
            fit *= OtherMonthFactor;
        }

        return fit;
    }

    /// <summary>The share of the quoted words that the title has.</summary>
    private static double Overlap(string quoted, string title)
    {
        var words = Words(quoted);
        if (words.Count == 0)
        {
            return 0;
        }

        var titleWords = Words(title).ToHashSet(StringComparer.Ordinal);
        return words.Count(titleWords.Contains) / (double)words.Count;
    }

    private static List<string> Words(string text)
        => Tokenizer.Tokenize(text).Select(t => t.Text.ToLowerInvariant()).ToList();
}

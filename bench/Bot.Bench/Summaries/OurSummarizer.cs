using Bot.Core;
using Bot.Core.Summaries;

namespace Bot.Bench.Summaries;

/// <summary>
/// The product's extractive summarizer on IndoSum articles, one article a story, as a digest would
/// summarize it: the articles of a part are indexed together, each is made its own story, and the
/// summary's sentences are what a reader would see.
/// </summary>
internal sealed class OurSummarizer
{
    private readonly KnowledgeBase knowledgeBase;

    public OurSummarizer(IReadOnlyList<IndoSumArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        knowledgeBase = KnowledgeBase.Build([.. articles.Select(IndoSumArticles.ToArticle)]);
    }

    public KnowledgeBase KnowledgeBase => knowledgeBase;

    public Story StoryOf(IndoSumArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return StoryGrouper.StoryOf(knowledgeBase, [knowledgeBase.Article(article.Id)]);
    }

    /// <summary>The summary's sentences, with the shipped model or <paramref name="model"/>.</summary>
    internal IReadOnlyList<string> Summarize(IndoSumArticle article, SummaryOptions? options = null, SummaryModel? model = null)
    {
        var summary = StorySummarizer.Summarize(knowledgeBase, StoryOf(article), null, options ?? SummaryOptions.Default, model ?? SummaryModel.Default);
        return [.. summary.Sentences.Select(s => s.Text)];
    }
}

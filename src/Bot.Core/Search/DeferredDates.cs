using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>
/// The corpus's date mentions, resolved on first use. Searching needs terms and vectors only, so
/// a build hands out a searchable index without scanning and resolving every date of the corpus;
/// the first reader of any sentence's dates (an answer, a summary) resolves the whole corpus once,
/// with the same cross-article agreement as an eager resolution.
/// </summary>
internal sealed class DeferredDates
{
    private readonly Lazy<CorpusDates> _dates;

    /// <param name="articles">Gives the corpus's sentences when the dates are first needed.</param>
    public DeferredDates(Func<IReadOnlyList<ArticleSentences>> articles)
        => _dates = new Lazy<CorpusDates>(() => new CorpusDateResolver().Resolve(articles()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the corpus's dates have been resolved yet.</summary>
    public bool IsResolved => _dates.IsValueCreated;

    public IReadOnlyList<DateMention> For(string articleId, int sentenceIndex) => _dates.Value.For(articleId, sentenceIndex);
}

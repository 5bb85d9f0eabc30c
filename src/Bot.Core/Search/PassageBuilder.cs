using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>
/// Cuts articles into sentences and overlapping sentence windows, their dates resolved on first use.
/// Headline, captions and metadata become passages of their own so they never blur body text.
/// </summary>
internal static class PassageBuilder
{
    public static (IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> Sentences, IReadOnlyList<Passage> Passages) Build(IReadOnlyList<Article> articles, IProgress<IndexProgress>? progress = null)
    {
        // Sentence splitting is per article, so it runs on every core.
        progress?.Report(new IndexProgress(IndexStage.Passages, 0, articles.Count));
        var split = articles.Count >= SearchConstants.ParallelMinimumArticles
            ? articles.AsParallel().AsOrdered().Select(a => (Article: a, Units: SplitArticle(a))).ToList()
            : articles.Select(a => (Article: a, Units: SplitArticle(a))).ToList();

        var sentences = new Dictionary<string, IReadOnlyList<ArticleSentence>>(articles.Count, StringComparer.Ordinal);
        var passages = new List<Passage>();

        // Dates are not needed to search: they resolve, for the whole corpus at once, when a reader first asks.
        var dates = new DeferredDates(() => articles
            .Select(a => new ArticleSentences(a.Id, a.Published?.Date, sentences[a.Id].Select(s => s.Text).ToList()) { PublishedStated = a.Published?.Stated ?? false })
            .ToList());
        foreach (var (article, units) in split)
        {
            var list = new ArticleSentence[units.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = new ArticleSentence(article.Id, i, units[i].Text, units[i].Kind, dates);
            }

            sentences[article.Id] = list;
            AddWindows(passages, list);
            if (MetadataText(article) is { } meta)
            {
                passages.Add(new Passage(passages.Count, article.Id, -1, [meta], PublicationMention(article, meta), false) { Kind = PassageKind.Metadata });
            }
        }

        progress?.Report(new IndexProgress(IndexStage.Passages, articles.Count, articles.Count));
        return (sentences, passages);
    }

    /// <summary>Byline, editor, outlet, wire source and publication date as one passage, so "who wrote…" and "when was … published" are retrievable.</summary>
    internal static string? MetadataText(Article article)
    {
        var parts = new List<string>();
        if (article.Outlet is { } outlet)
        {
            parts.Add($"Media: {outlet}.");
        }

        if (article.Published is { Stated: true } published)
        {
            parts.Add($"Diterbitkan: {PublishedText(published)}.");
        }

        if (article.Authors.Count > 0)
        {
            parts.Add($"Penulis: {string.Join(", ", article.Authors)}.");
        }

        if (article.Editors.Count > 0)
        {
            parts.Add($"Editor: {string.Join(", ", article.Editors)}.");
        }

        if (article.WireSource is { } wire)
        {
            parts.Add($"Sumber: {wire}.");
        }

        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static string PublishedText(PublicationDate published)
        => DateText.Format(published.Date, DateGranularity.Day, TextLanguage.Indonesian);

    /// <summary>The stated publication date as a date mention of the metadata passage.</summary>
    private static IReadOnlyList<DateMention> PublicationMention(Article article, string meta)
    {
        if (article.Published is not { Stated: true } published)
        {
            return [];
        }

        var text = PublishedText(published);
        var start = meta.IndexOf(text, StringComparison.Ordinal);
        return start < 0 ? [] : [new DateMention(start, text.Length, text, published.Date, DateGranularity.Day, "stated publication date")];
    }

    private static List<(string Text, PassageKind Kind)> SplitArticle(Article article)
    {
        var units = new List<(string, PassageKind)>();
        foreach (var block in article.Blocks)
        {
            var kind = block.Kind switch
            {
                BlockKind.Headline => PassageKind.Headline,
                BlockKind.Caption => PassageKind.Caption,
                _ => PassageKind.Body,
            };
            if (kind == PassageKind.Headline)
            {
                units.Add((block.Text, kind));
                continue;
            }

            units.AddRange(SentenceSplitter.Split(block.Text).Select(s => (s, kind)));
        }

        return units;
    }

    private static void AddWindows(List<Passage> passages, ArticleSentence[] sentences)
    {
        var i = 0;
        while (i < sentences.Length)
        {
            var kind = sentences[i].Kind;
            var run = i;
            while (run < sentences.Length && sentences[run].Kind == kind)
            {
                run++;
            }

            // Windows stay within one kind: a caption never joins the body text it sits beside.
            for (var start = i; start < run; start += SearchConstants.WindowStride)
            {
                var end = Math.Min(run, start + SearchConstants.WindowSentences);
                passages.Add(new Passage(passages.Count, new ArraySegment<ArticleSentence>(sentences, start, end - start), kind == PassageKind.Caption) { Kind = kind });
                if (end == run)
                {
                    break;
                }
            }

            i = run;
        }
    }
}

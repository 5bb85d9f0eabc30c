using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>
/// Cuts articles into sentences (with resolved dates) and overlapping sentence windows.
/// Headline, captions and metadata become passages of their own so they never blur body text.
/// </summary>
internal static class PassageBuilder
{
    public static (IReadOnlyDictionary<string, IReadOnlyList<ArticleSentence>> Sentences, IReadOnlyList<Passage> Passages) Build(IReadOnlyList<Article> articles, IProgress<IndexProgress>? progress = null)
    {
        // Sentence splitting and date scanning are per article, so they run on every core.
        progress?.Report(new IndexProgress(IndexStage.Passages, 0, articles.Count));
        var split = articles.Count >= SearchConstants.ParallelMinimumArticles
            ? articles.AsParallel().AsOrdered().Select(a => (Article: a, Units: SplitArticle(a))).ToList()
            : articles.Select(a => (Article: a, Units: SplitArticle(a))).ToList();
        progress?.Report(new IndexProgress(IndexStage.Dates, 0, articles.Count));
        var dates = new CorpusDateResolver().Resolve(
            split.Select(s => new ArticleSentences(s.Article.Id, s.Article.Published?.Date, s.Units.Select(u => u.Text).ToList()) { PublishedStated = s.Article.Published?.Stated ?? false }).ToList());
        progress?.Report(new IndexProgress(IndexStage.Dates, articles.Count, articles.Count));

        var sentences = new Dictionary<string, IReadOnlyList<ArticleSentence>>(StringComparer.Ordinal);
        var passages = new List<Passage>();
        foreach (var (article, units) in split)
        {
            var list = units.Select((u, i) => new ArticleSentence(article.Id, i, u.Text, u.Kind, dates.For(article.Id, i))).ToList();
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

    private static void AddWindows(List<Passage> passages, List<ArticleSentence> sentences)
    {
        var i = 0;
        while (i < sentences.Count)
        {
            var kind = sentences[i].Kind;
            var run = i;
            while (run < sentences.Count && sentences[run].Kind == kind)
            {
                run++;
            }

            // Windows stay within one kind: a caption never joins the body text it sits beside.
            for (var start = i; start < run; start += SearchConstants.WindowStride)
            {
                var end = Math.Min(run, start + SearchConstants.WindowSentences);
                var window = sentences.GetRange(start, end - start);
                passages.Add(new Passage(
                    passages.Count,
                    window[0].ArticleId,
                    start,
                    window.Select(s => s.Text).ToList(),
                    window.SelectMany(s => s.Dates).ToList(),
                    kind == PassageKind.Caption) { Kind = kind });
                if (end == run)
                {
                    break;
                }
            }

            i = run;
        }
    }
}

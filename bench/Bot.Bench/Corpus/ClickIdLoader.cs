using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Bench.Corpus;

/// <summary>
/// CLICK-ID news articles (2019), for scale runs and as distractors. The scraper joined paragraphs
/// with commas and left mojibake; both are undone just enough to give the engine sentences.
/// </summary>
internal static partial class ClickIdLoader
{
    public static IReadOnlyList<Article> Load(string datasetsFolder)
    {
        var articles = new List<Article>();
        foreach (var line in File.ReadLines(Path.Combine(datasetsFolder, "click-id-news", "clickid_news_corpus.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            var blocks = Paragraphs(row.GetProperty("content").GetString() ?? "")
                .Select(p => new ArticleBlock(p, BlockKind.Body))
                .ToList();
            if (blocks.Count == 0)
            {
                continue;
            }

            var id = row.GetProperty("doc_id").GetString() ?? "";
            articles.Add(new Article(
                id,
                row.GetProperty("title").GetString() ?? "",
                row.GetProperty("publisher").GetString(),
                Published(row.GetProperty("date").GetString()),
                [],
                [],
                null,
                blocks,
                id));
        }

        return articles;
    }

    /// <summary>The same article under another id, to grow a corpus past its real size.</summary>
    public static Article WithCopyNumber(Article article, int copy)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{article.Id}-copy{copy}");
        return article with { Id = id, SourcePath = id };
    }

    internal static IReadOnlyList<string> Paragraphs(string content)
    {
        var cleaned = content.Replace("\u00AC\u2020", " ", StringComparison.Ordinal).Replace('\u00A0', ' ');
        return ParagraphJoint().Split(cleaned)
            .Select(p => LeadingDebris().Replace(p, "").Trim())
            .Where(p => p.Any(char.IsLetter))
            .ToList();
    }

    private static PublicationDate? Published(string? date)
        => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new PublicationDate(day, null, null, true, "CLICK-ID date field")
            : null;

    // A comma right after the end of a sentence is where the scraper joined two paragraphs.
    [GeneratedRegex("""(?<=[.!?"\u201D])\s*,+\s*""")]
    private static partial Regex ParagraphJoint();

    // Commas, dashes and spaces left where hyperlinked words were dropped at the start of a paragraph.
    [GeneratedRegex(@"^[\s,\-\u2013]+")]
    private static partial Regex LeadingDebris();
}

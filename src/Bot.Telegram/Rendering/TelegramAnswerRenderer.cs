using System.Globalization;
using Bot.Core.Answering.Contracts;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as Telegram HTML: the answer text with its [n] markers, then
/// the numbered sources (outlet, date, title) each with its supporting quote in an expandable
/// blockquote. Returns one or more messages, each within Telegram's 4,096-character limit.
/// </summary>
public static class TelegramAnswerRenderer
{
    private const string QuoteOpen = "<blockquote expandable>";
    private const string QuoteClose = "</blockquote>";
    private const string Paragraph = "\n\n";
    private const string Line = "\n";

    public static IReadOnlyList<string> Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var language = LanguageOf(answer);
        var blocks = new List<HtmlBlock>();
        foreach (var paragraph in SplitParagraphs(answer.Text))
        {
            blocks.Add(HtmlBlock.FromText(paragraph, Paragraph));
        }

        if (answer.Citations.Count > 0)
        {
            var heading = SourcesHeading(answer.Answered, language);
            blocks.Add(new HtmlBlock($"<b>{TelegramHtml.Escape(heading)}</b>", heading, "<b>", "</b>", Paragraph, KeepWithNext: true));
            foreach (var citation in answer.Citations.OrderBy(c => c.N))
            {
                blocks.AddRange(Source(citation, language));
            }
        }

        if (blocks.Count == 0)
        {
            blocks.Add(HtmlBlock.FromText(language == ReplyLanguage.Indonesian ? "(jawaban kosong)" : "(empty answer)", Paragraph));
        }

        return TelegramMessageSplitter.Pack(blocks);
    }

    internal static ReplyLanguage LanguageOf(Answer answer) =>
        string.Equals(answer.Language, "id", StringComparison.OrdinalIgnoreCase) ? ReplyLanguage.Indonesian : ReplyLanguage.English;

    private static IEnumerable<HtmlBlock> Source(Citation citation, ReplyLanguage language)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"[{citation.N}]");
        var outlet = string.IsNullOrWhiteSpace(citation.Outlet) ? null : citation.Outlet.Trim();
        var date = CalendarText.Format(citation.Published, language);
        var title = citation.Title.Trim();

        var html = number
            + (outlet is null ? "" : $" <b>{TelegramHtml.Escape(outlet)}</b>")
            + (date.Length == 0 ? "" : $", {TelegramHtml.Escape(date)}")
            + (title.Length == 0 ? "" : $"{Line}<i>{TelegramHtml.Escape(title)}</i>");
        var plain = number
            + (outlet is null ? "" : $" {outlet}")
            + (date.Length == 0 ? "" : $", {date}")
            + (title.Length == 0 ? "" : $"{Line}{title}");
        var quote = citation.Quote.Trim();
        yield return new HtmlBlock(html, plain, "", "", Paragraph, KeepWithNext: quote.Length > 0);
        if (quote.Length > 0)
        {
            yield return HtmlBlock.FromText(quote, Line, QuoteOpen, QuoteClose);
        }
    }

    private static string SourcesHeading(bool answered, ReplyLanguage language) => (answered, language) switch
    {
        (true, ReplyLanguage.Indonesian) => "Sumber",
        (true, _) => "Sources",
        (false, ReplyLanguage.Indonesian) => "Bagian artikel yang paling dekat",
        (false, _) => "Closest passages in the articles",
    };

    private static string[] SplitParagraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using System.Globalization;
using System.Text;
using Bot.Core.Language;
using Bot.Core.Summaries;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Digest;

/// <summary>
/// One story of a digest as Telegram HTML: a bold headline with the event day, the summary with
/// [n] citations, and the numbered sources (outlet, title, publication date). A story too long
/// for one message is split between paragraphs, never inside a tag.
/// </summary>
internal static class DigestRenderer
{
    public static IReadOnlyList<string> Render(StorySummary summary, ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var indonesian = language == ReplyLanguage.Indonesian;
        var heading = new StringBuilder();
        if (summary.IsUpdate)
        {
            heading.Append(indonesian ? "Pembaruan: " : "Update: ");
        }

        heading.Append(summary.Headline);
        if (summary.Story.EventDate is { } day)
        {
            heading.Append(" (").Append(CalendarText.Format(day, language)).Append(')');
        }

        var blocks = new List<HtmlBlock> { HtmlBlock.FromText(heading.ToString(), "", "<b>", "</b>", keepWithNext: true) };
        foreach (var sentence in summary.Sentences)
        {
            var text = sentence.Text + " " + string.Concat(sentence.Sources.Select(n => string.Create(CultureInfo.InvariantCulture, $"[{n}]")));
            blocks.Add(HtmlBlock.FromText(text, "\n\n"));
        }

        blocks.Add(HtmlBlock.FromText(indonesian ? "Sumber:" : "Sources:", "\n\n", "<b>", "</b>", keepWithNext: true));
        for (var i = 0; i < summary.Sources.Count; i++)
        {
            var article = summary.Sources[i];
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] "));
            if (!string.IsNullOrWhiteSpace(article.Outlet))
            {
                line.Append(TelegramHtml.Escape(article.Outlet.Trim())).Append(" — ");
            }

            line.Append("<i>").Append(TelegramHtml.Escape(article.Title.Trim())).Append("</i>");
            if (article.Published is { } published)
            {
                line.Append(", ").Append(CalendarText.Format(published.Date, language));
            }

            blocks.Add(new HtmlBlock(line.ToString(), TelegramHtml.ToPlainText(line.ToString()), "", "", "\n"));
        }

        return TelegramMessageSplitter.Pack(blocks);
    }

    /// <summary>Digest:Language when set, else the language the summary is written in.</summary>
    public static ReplyLanguage LanguageFor(string? configured, StorySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return configured switch
        {
            "id" => ReplyLanguage.Indonesian,
            "en" => ReplyLanguage.English,
            _ => LanguageDetector.Detect(string.Join(' ', summary.Sentences.Select(s => s.Text))) == TextLanguage.English
                ? ReplyLanguage.English
                : ReplyLanguage.Indonesian,
        };
    }
}

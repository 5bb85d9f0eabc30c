using System.Globalization;
using System.Text;
using Bot.Core.Language;
using Bot.Core.Summaries;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Digest;

/// <summary>
/// One story of a digest as Telegram HTML: a bold headline with the event day, the summary with
/// [n] citations, and the numbered sources (outlet, title, publication date). The digest's own
/// words (update, sources, unknown outlet, an inferred date's "about", the dates) are in the
/// digest's language; when the summary is quoted from articles in another language (the
/// extractive summary in an English digest), a line says so. A story too long for one message is
/// split between paragraphs, never inside a tag.
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
        if (QuotedLanguage(summary, language) is { } quoted)
        {
            blocks.Add(HtmlBlock.FromText(quoted, "\n", "<i>", "</i>", keepWithNext: true));
        }

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
            var outlet = string.IsNullOrWhiteSpace(article.Outlet) ? (indonesian ? "media tidak diketahui" : "outlet unknown") : article.Outlet.Trim();
            line.Append(TelegramHtml.Escape(outlet)).Append(" — ");
            line.Append("<i>").Append(TelegramHtml.Escape(article.Title.Trim())).Append("</i>");
            if (article.Published is { } published)
            {
                // A date the file does not state was inferred from the text: say so, as /sources does.
                line.Append(", ").Append(published.Stated ? "" : indonesian ? "sekitar " : "about ").Append(CalendarText.Format(published.Date, language));
            }

            blocks.Add(new HtmlBlock(line.ToString(), TelegramHtml.ToPlainText(line.ToString()), "", "", "\n"));
        }

        return TelegramMessageSplitter.Pack(blocks);
    }

    /// <summary>"Quoted from the Indonesian reports." when an English digest quotes Indonesian sentences, and the reverse; else null.</summary>
    internal static string? QuotedLanguage(StorySummary summary, ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var written = LanguageDetector.Detect(string.Join(' ', summary.Sentences.Select(s => s.Text)));
        return (language, written) switch
        {
            (ReplyLanguage.English, TextLanguage.Indonesian) => summary.Sources.Count == 1 ? "Quoted from the Indonesian report." : "Quoted from the Indonesian reports.",
            (ReplyLanguage.Indonesian, TextLanguage.English) => summary.Sources.Count == 1 ? "Dikutip dari laporan berbahasa Inggris." : "Dikutip dari laporan-laporan berbahasa Inggris.",
            _ => null,
        };
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

using System.Globalization;
using Bot.Core.Articles;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Updates;

/// <summary>The bot's own words (help, refusals, hints) in English and Indonesian, as Telegram HTML.</summary>
internal static class BotReplies
{
    public static IReadOnlyList<string> Help(IReadOnlyList<Article> articles, string? botUsername, ReplyLanguage language)
    {
        var id = language == ReplyLanguage.Indonesian;
        var blocks = new List<HtmlBlock>
        {
            HtmlBlock.FromText(
                id ? $"Saya menjawab pertanyaan tentang {articles.Count} artikel berita berikut dan menyebutkan sumbernya:"
                   : $"I answer questions about these {articles.Count} news articles and cite my sources:",
                "\n\n"),
        };
        blocks.AddRange(ArticleLines(articles, language));
        var name = botUsername is null ? "" : "@" + botUsername;
        blocks.Add(HtmlBlock.FromText(
            id ? "Tanyakan dalam bahasa Indonesia atau Inggris, misalnya: Kapan Austin terakhir menelepon Shoigu?"
               : "Ask in English or Indonesian, for example: When did Austin last call Shoigu?",
            "\n\n"));
        blocks.Add(HtmlBlock.FromText(
            id ? $"Di grup: /ask pertanyaan, sebut {name}, atau balas pesan saya. /sources menampilkan daftar artikel."
               : $"In groups: /ask your question, mention {name}, or reply to one of my messages. /sources lists the articles.",
            "\n\n"));
        return TelegramMessageSplitter.Pack(blocks);
    }

    public static IReadOnlyList<string> Sources(IReadOnlyList<Article> articles, ReplyLanguage language)
    {
        var blocks = new List<HtmlBlock>
        {
            new(language == ReplyLanguage.Indonesian ? "<b>Artikel</b>" : "<b>Articles</b>", "Articles", "<b>", "</b>", "\n\n"),
        };
        blocks.AddRange(ArticleLines(articles, language));
        return TelegramMessageSplitter.Pack(blocks);
    }

    public static string NotAllowed(ReplyLanguage language) => language == ReplyLanguage.Indonesian
        ? "Maaf, bot ini hanya melayani obrolan tertentu."
        : "Sorry, this bot only serves certain chats.";

    public static string RateLimited(ReplyLanguage language, int perMinute) => language == ReplyLanguage.Indonesian
        ? string.Create(CultureInfo.InvariantCulture, $"Pelan-pelan ya: paling banyak {perMinute} pertanyaan per menit. Coba lagi sebentar lagi.")
        : string.Create(CultureInfo.InvariantCulture, $"Easy there: at most {perMinute} questions a minute. Please try again in a moment.");

    public static string TooLong(ReplyLanguage language, int limit) => language == ReplyLanguage.Indonesian
        ? string.Create(CultureInfo.InvariantCulture, $"Pertanyaannya terlalu panjang: paling banyak {limit} karakter. Mohon persingkat.")
        : string.Create(CultureInfo.InvariantCulture, $"That question is too long: at most {limit} characters, please. Could you shorten it?");

    public static string NonText(ReplyLanguage language) => language == ReplyLanguage.Indonesian
        ? "Saya hanya membaca pertanyaan berupa teks. Ketik pertanyaan Anda, atau /help."
        : "I can only read text questions. Type your question, or /help.";

    public static string EmptyQuestion(ReplyLanguage language, string? botUsername) => language == ReplyLanguage.Indonesian
        ? $"Tulis pertanyaannya setelah perintah, misalnya: /ask Kapan Austin terakhir menelepon Shoigu?{(botUsername is null ? "" : $" (atau sebut @{botUsername})")}"
        : $"Put your question after the command, for example: /ask When did Austin last call Shoigu?{(botUsername is null ? "" : $" (or mention @{botUsername})")}";

    public static string UnknownCommand(ReplyLanguage language) => language == ReplyLanguage.Indonesian
        ? "Perintah itu tidak saya kenal. Ketik pertanyaan Anda langsung, atau /help."
        : "I don't know that command. Just type your question, or /help.";

    public static string Failed(ReplyLanguage language) => language == ReplyLanguage.Indonesian
        ? "Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi."
        : "Sorry, something went wrong while answering. Please try again.";

    public static string AdminOnly(ReplyLanguage language) => language == ReplyLanguage.Indonesian
        ? "Perintah ini hanya untuk admin bot."
        : "This command is for the bot's admins only.";

    private static IEnumerable<HtmlBlock> ArticleLines(IReadOnlyList<Article> articles, ReplyLanguage language)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var number = string.Create(CultureInfo.InvariantCulture, $"{i + 1}.");
            var outlet = string.IsNullOrWhiteSpace(article.Outlet) ? "" : article.Outlet.Trim();
            var date = article.Published is { } published ? CalendarText.Format(published.Date, language) : "";
            var meta = string.Join(", ", new[] { outlet, date }.Where(s => s.Length > 0));
            var html = $"{number} {(meta.Length == 0 ? "" : $"<b>{TelegramHtml.Escape(meta)}</b> — ")}{TelegramHtml.Escape(article.Title)}";
            var plain = $"{number} {(meta.Length == 0 ? "" : meta + " — ")}{article.Title}";
            yield return new HtmlBlock(html, plain, "", "", i == 0 ? "\n\n" : "\n");
        }
    }
}

using System.Text;
using Bot.Core.Articles;
using Bot.Tests.Commands;
using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>
/// The real program end to end: the <c>telegram</c> command as a user runs it, with the
/// repository's articles and the embedded extractive engine, against the emulated Bot API.
/// </summary>
public sealed class RealEngineTests : IAsyncLifetime
{
    private RealEngineBot bot = null!;

    private TelegramBotApiEmulator Telegram => bot.Emulator;

    public async Task InitializeAsync() => bot = await RealEngineBot.CreateAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Question_InPrivateChat_GetsDatedAnswerWithNumberedQuotedSources()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");

        var reply = await bot.AskAsync(Telegram.PrivateChatWith(user), user, "When did Austin last call Shoigu?");

        Assert.Equal("HTML", reply.ParseMode);
        Assert.True(TelegramHtmlParser.Parse(reply.RawText).Ok);
        Assert.Contains("21 October 2022", reply.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "bold" && Span(reply, e) == "Sources");
        var quotes = reply.Entities.Where(e => e.Type == "expandable_blockquote").Select(e => Span(reply, e)).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Contains(Normalize(quote), ArticleText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Question_InIndonesian_GetsIndonesianAnswer()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Budi", languageCode: "id");

        var reply = await bot.AskAsync(Telegram.PrivateChatWith(user), user, "Kapan terakhir kali Austin menelepon Shoigu?");

        Assert.True(TelegramHtmlParser.Parse(reply.RawText).Ok);
        Assert.Contains("Oktober", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("October", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "bold" && Span(reply, e) == "Sumber");
    }

    [Fact]
    public async Task AskNamingTheBot_InGroup_IsAnsweredAndOtherBotsCommandsAreNot()
    {
        await bot.StartAsync();
        var ana = Telegram.CreateUser("Ana");
        var group = Telegram.CreateGroup("Newsroom");

        var other = Telegram.SendText(group, ana, "/ask@SomeOtherBot when did Austin last call Shoigu?");
        var ours = Telegram.SendText(group, ana, $"/ask@{Telegram.Bot.Username} when did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == ours.MessageId));
        await Telegram.WaitForConfirmationAsync(Math.Max(other.UpdateId, ours.UpdateId));

        var reply = Assert.Single(Telegram.RepliesTo(ours));
        Assert.Contains("21 October 2022", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Telegram.RepliesTo(other));
    }

    [Fact]
    public async Task Sources_ListsEveryArticleInTheFolder()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");

        var reply = await bot.AskAsync(Telegram.PrivateChatWith(user), user, "/sources");

        var articles = new ArticleLoader().LoadFolder(BotRun.ArticlesFolder).Articles;
        Assert.Equal(5, articles.Count);
        Assert.True(TelegramHtmlParser.Parse(reply.RawText).Ok);
        Assert.All(articles, article => Assert.Contains(article.Title, reply.Text, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 5), n => Assert.Contains($"{n}. ", reply.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_InTheSameChat_AnswersTheEarlierCall()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var first = await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");
        var followUp = await bot.AskAsync(chat, user, "And before that?");

        Assert.Contains("21 October 2022", first.Text, StringComparison.Ordinal);
        Assert.Contains("13 May 2022", followUp.Text, StringComparison.Ordinal);
        Assert.True(TelegramHtmlParser.Parse(followUp.RawText).Ok);
    }

    [Fact]
    public async Task FollowUp_InAnotherChat_IsNotTakenFromTheFirstChat()
    {
        await bot.StartAsync();
        var ana = Telegram.CreateUser("Ana");
        var budi = Telegram.CreateUser("Budi");

        await bot.AskAsync(Telegram.PrivateChatWith(ana), ana, "When did Austin last call Shoigu?");
        var elsewhere = await bot.AskAsync(Telegram.PrivateChatWith(budi), budi, "And before that?");

        Assert.DoesNotContain("13 May 2022", elsewhere.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_AppearsInNoOutputMessageOrStateFile()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        await bot.AskAsync(Telegram.PrivateChatWith(user), user, "When did Austin last call Shoigu?");
        Telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError());
        await bot.AskAsync(Telegram.PrivateChatWith(user), user, "Who called whom?");

        Assert.Equal(0, await bot.StopAsync());

        var token = Telegram.Token;
        Assert.DoesNotContain(token, bot.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, bot.Error.ToString(), StringComparison.Ordinal);
        Assert.All(Telegram.SentMessages, m => Assert.DoesNotContain(token, m.RawText, StringComparison.Ordinal));
        // Close pooled connections first: SQLite removes its -wal/-shm files when the last one closes,
        // which would otherwise race with reading them.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(bot.StateFolder, "*", SearchOption.AllDirectories).ToList())
        {
            Assert.DoesNotContain(token, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Telegram_WithAnEmptyArticlesFolder_ExitsWithAClearErrorBeforePolling()
    {
        using var empty = new TempFolder();
        var args = bot.Arguments.Append("--Articles:Path=" + empty.Path).ToArray();

        var run = await BotRun.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no articles found", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, Telegram.PollCount);
        Assert.DoesNotContain(Telegram.Token, run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telegram_WithABadBotToken_ExitsNamingTheKey()
    {
        var args = bot.Arguments.Append("--Telegram:BotToken=has space/slash").ToArray();

        var run = await BotRun.RunAsync(args);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Telegram:BotToken", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, Telegram.PollCount);
    }

    private static string Span(SentMessage message, EmulatedEntity entity) => message.Text.Substring(entity.Offset, entity.Length);

    /// <summary>Every article's text with whitespace collapsed, to find quotes in.</summary>
    private static string ArticleText => Normalize(string.Join("\n", Directory.GetFiles(BotRun.ArticlesFolder).Select(File.ReadAllText)));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

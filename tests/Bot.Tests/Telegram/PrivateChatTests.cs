using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>The bot in private chats, end to end: real host, real polling service, emulated Telegram.</summary>
public sealed class PrivateChatTests : IAsyncLifetime
{
    private TelegramBotHarness harness = null!;

    private TelegramBotApiEmulator Telegram => harness.Emulator;

    public async Task InitializeAsync() => harness = await TelegramBotHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Question_InPrivateChat_GetsCitedAnswerInValidHtmlReplyingToIt()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "When did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));

        var reply = Assert.Single(Telegram.RepliesTo(question));
        var expected = ScriptedAnswerer.Cited(question.Text!);
        Assert.Equal("HTML", reply.ParseMode);
        Assert.True(TelegramHtmlParser.Parse(reply.RawText).Ok);
        Assert.StartsWith(expected.Text, reply.Text, StringComparison.Ordinal);
        Assert.True(reply.LinkPreviewDisabled);
        foreach (var citation in expected.Citations)
        {
            var quote = Assert.Single(reply.Entities, e => e.Type == "expandable_blockquote" && reply.Text.Substring(e.Offset, e.Length) == citation.Quote);
            Assert.Contains(reply.Entities, e => e.Type == "bold" && reply.Text.Substring(e.Offset, e.Length) == citation.Outlet);
            Assert.Contains(reply.Entities, e => e.Type == "italic" && reply.Text.Substring(e.Offset, e.Length) == citation.Title && e.Offset < quote.Offset);
        }

        Assert.Contains("22 October 2022", reply.Text, StringComparison.Ordinal);
        Assert.Equal($"tg:{TelegramBotHarness.Id(chat.Id)}", Assert.Single(harness.Answerer.Requests).ConversationId);
    }

    [Fact]
    public async Task Question_InIndonesian_GetsIndonesianAnswerAndLabels()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Budi", languageCode: "id");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "Kapan Austin terakhir menelepon Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));

        var reply = Assert.Single(Telegram.RepliesTo(question));
        Assert.StartsWith(ScriptedAnswerer.Cited(question.Text!).Text, reply.Text, StringComparison.Ordinal);
        Assert.Equal("id", ScriptedAnswerer.Cited(question.Text!).Language);
        Assert.Contains(reply.Entities, e => e.Type == "bold" && reply.Text.Substring(e.Offset, e.Length) == "Sumber");
        Assert.Contains("22 Oktober 2022", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_WhileAnswering_ShowsTypingInTheChat()
    {
        harness.Answerer.OnAnswer = async (request, ct) =>
        {
            await Telegram.WaitForAsync(() => Telegram.ChatActions, actions => actions.Count > 0, null, "typing");
            return ScriptedAnswerer.Cited(request.Question);
        };
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "Who called whom?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));

        Assert.Contains(Telegram.ChatActions, a => a.ChatId == chat.Id && a.Action == "typing");
    }

    [Fact]
    public async Task Start_ListsEveryArticleWithOutletAndDate()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var start = Telegram.SendText(chat, user, "/start");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == start.MessageId));

        var reply = Assert.Single(Telegram.RepliesTo(start));
        foreach (var article in new CatalogOfTwo().Articles)
        {
            Assert.Contains(article.Title, reply.Text, StringComparison.Ordinal);
            Assert.Contains(reply.Entities, e => e.Type == "bold" && reply.Text.Substring(e.Offset, e.Length).StartsWith(article.Outlet!, StringComparison.Ordinal));
        }

        Assert.Contains("14 May 2022", reply.Text, StringComparison.Ordinal);
        Assert.Empty(harness.Answerer.Requests);
    }

    [Fact]
    public async Task Sticker_InPrivateChat_GetsOneLineHint()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var sticker = Telegram.SendSticker(chat, user);
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == sticker.MessageId));

        var reply = Assert.Single(Telegram.RepliesTo(sticker));
        Assert.DoesNotContain('\n', reply.Text);
        Assert.Empty(harness.Answerer.Requests);
    }

    [Fact]
    public async Task Question_OverTheLengthLimit_IsRefusedWithoutAnswering()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, string.Concat(Enumerable.Repeat("Why did they call? ", 60)));
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));

        Assert.Contains("1000", Assert.Single(Telegram.RepliesTo(question)).Text, StringComparison.Ordinal);
        Assert.Empty(harness.Answerer.Requests);
    }

    [Fact]
    public async Task Questions_OverThePerMinuteLimit_GetOnePoliteRefusal()
    {
        harness.Settings["Telegram:MaxQuestionsPerMinute"] = "2";
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var questions = Enumerable.Range(1, 4).Select(i => Telegram.SendText(chat, user, $"Question number {i}?")).ToList();
        await Telegram.WaitForConfirmationAsync(questions[^1].UpdateId);

        Assert.Equal(2, harness.Answerer.Requests.Count);
        Assert.Single(Telegram.RepliesTo(questions[2]));
        Assert.Empty(Telegram.RepliesTo(questions[3]));
    }

    [Fact]
    public async Task Chat_NotInAllowedChats_GetsOneRefusalAndNoAnswers()
    {
        harness.Settings["Telegram:AllowedChatIds:0"] = "42";
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var first = Telegram.SendText(chat, user, "When did Austin call?");
        var second = Telegram.SendText(chat, user, "And before that?");
        await Telegram.WaitForConfirmationAsync(second.UpdateId);

        Assert.Single(Telegram.RepliesTo(first));
        Assert.Empty(Telegram.RepliesTo(second));
        Assert.Empty(harness.Answerer.Requests);
    }

    [Fact]
    public async Task Answerer_Failing_TellsTheUserAndKeepsPolling()
    {
        harness.Answerer.OnAnswer = (request, _) => request.Question.Contains("boom", StringComparison.Ordinal)
            ? throw new InvalidOperationException("index unavailable")
            : Task.FromResult(ScriptedAnswerer.Cited(request.Question));
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var failing = Telegram.SendText(chat, user, "boom?");
        var next = Telegram.SendText(chat, user, "When did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == next.MessageId));

        Assert.DoesNotContain("[1]", Assert.Single(Telegram.RepliesTo(failing)).Text, StringComparison.Ordinal);
        Assert.StartsWith(ScriptedAnswerer.Cited(next.Text!).Text, Assert.Single(Telegram.RepliesTo(next)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_FromAdmin_Answered_FromOthersRefused()
    {
        var admin = Telegram.CreateUser("Admin");
        var other = Telegram.CreateUser("Other");
        harness.Settings["Telegram:AdminUserIds:0"] = TelegramBotHarness.Id(admin.Id);
        await harness.StartAsync();

        var fromAdmin = Telegram.SendText(Telegram.PrivateChatWith(admin), admin, "/stats");
        var fromOther = Telegram.SendText(Telegram.PrivateChatWith(other), other, "/stats");
        await Telegram.WaitForConfirmationAsync(Math.Max(fromAdmin.UpdateId, fromOther.UpdateId));

        Assert.Contains("articles 2", Assert.Single(Telegram.RepliesTo(fromAdmin)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("articles", Assert.Single(Telegram.RepliesTo(fromOther)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockedByUser_UpdateSkippedAndOthersStillAnswered()
    {
        await harness.StartAsync();
        var blocker = Telegram.CreateUser("Blocker");
        var ana = Telegram.CreateUser("Ana");
        var blockerChat = Telegram.PrivateChatWith(blocker);
        Telegram.BlockBot(blocker);

        var refused = Telegram.SendText(blockerChat, blocker, "When did Austin call?");
        var question = Telegram.SendText(Telegram.PrivateChatWith(ana), ana, "When did Austin call?");
        await Telegram.WaitForConfirmationAsync(Math.Max(refused.UpdateId, question.UpdateId));

        Assert.Empty(Telegram.SentTo(blockerChat.Id));
        Assert.Single(Telegram.RepliesTo(question));
        Assert.Contains(harness.Logs.Logs, l => l.EventId.Id == 3014);
    }
}

using Bot.Testing.OpenAi;
using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>
/// The real <c>telegram</c> command with a chat model (the OpenAI-compatible test server,
/// streaming server-sent events): a slow answer is shown while it is written, as drafts in
/// private chats and by editing the reply in groups; the final message or edit carries the sources.
/// </summary>
public sealed class RealEngineStreamingTests : IAsyncLifetime
{
    /// <summary>A cited model answer long enough to stream in many pieces.</summary>
    private const string ModelAnswer =
        "Lloyd Austin last spoke with Sergei Shoigu by telephone on Friday, 21 October 2022 [1]. " +
        "The two defence ministers discussed the war in Ukraine and kept their line of communication open, " +
        "as they had agreed to do after their earlier call in May of that year, according to the reports.";

    private RealEngineBot bot = null!;
    private OpenAiCompatibleServer model = null!;

    private TelegramBotApiEmulator Telegram => bot.Emulator;

    public async Task InitializeAsync()
    {
        bot = await RealEngineBot.CreateAsync();
        model = await OpenAiCompatibleServer.StartAsync();

        // Only the answer is streamed; anything else the bot asks the model gets the question back.
        model.Reply = request => request.Stream ? ModelAnswer : request.LastUser ?? "";
        bot.ExtraArguments.Add("--Ai:Endpoint=" + model.Endpoint);
        bot.ExtraArguments.Add("--Ai:ChatModel=test-model");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await model.DisposeAsync();
    }

    [Fact]
    public async Task SlowModelAnswer_IsEditedIntoTheReplyAsItGrows_AndEndsWithSources()
    {
        model.StreamPieceDelay = TimeSpan.FromMilliseconds(25);
        bot.ExtraArguments.Add("--Telegram:StreamEditInterval=00:00:00.100");
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");

        // Edits stream answers in groups; private chats get drafts (below).
        var chat = Telegram.CreateGroup("Newsroom");
        var question = Telegram.SendText(chat, user, "/ask When did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ChatId == chat.Id && m.ReplyToMessageId == question.MessageId && m.Entities.Any(e => e.Type == "expandable_blockquote")));

        var reply = Assert.Single(Telegram.RepliesTo(question));
        Assert.StartsWith(ModelAnswer, reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "bold" && reply.Text.Substring(e.Offset, e.Length) == "Sources");
        Assert.True(TelegramHtmlParser.Parse(reply.RawText).Ok);
        Assert.Single(Telegram.SentTo(chat.Id));

        var edits = Telegram.Requests.Where(r => r.Method == "editMessageText").ToList();
        Assert.Equal(reply.EditCount, edits.Count);
        Assert.True(edits.Count >= 2, $"expected partial edits before the final one, got {edits.Count}");
        Assert.All(edits, e => Assert.Equal(200, e.StatusCode));
        var texts = edits.Select(e => e.Parameters["text"]!.GetValue<string>()).ToList();
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.All(texts[..^1], partial => Assert.DoesNotContain("<blockquote", partial, StringComparison.Ordinal));
        Assert.Contains("<blockquote expandable>", texts[^1], StringComparison.Ordinal);
        Assert.True(edits.Count < ModelAnswer.Split(' ').Length, "one edit per streamed piece is too many");
    }

    [Fact]
    public async Task SlowUncitedModelAnswer_FinalEditReplacesItWithTheVerifiedExtractiveAnswer()
    {
        const string Uncited = "Austin and Shoigu speak all the time, in every month of every year, about many subjects that the reports do not list.";
        model.Reply = request => request.Stream ? Uncited : request.LastUser ?? "";
        model.StreamPieceDelay = TimeSpan.FromMilliseconds(25);
        bot.ExtraArguments.Add("--Telegram:StreamEditInterval=00:00:00.100");
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.CreateGroup("Newsroom");

        var question = Telegram.SendText(chat, user, "/ask When did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ChatId == chat.Id && m.ReplyToMessageId == question.MessageId && m.Entities.Any(e => e.Type == "expandable_blockquote")));

        var reply = Assert.Single(Telegram.SentTo(chat.Id));
        var partials = Telegram.Requests.Where(r => r.Method is "sendMessage" or "editMessageText").SkipLast(1).Select(r => r.Parameters["text"]!.GetValue<string>());
        Assert.Contains(partials, p => p.StartsWith("Austin and Shoigu", StringComparison.Ordinal));
        Assert.DoesNotContain("every month", reply.Text, StringComparison.Ordinal);
        Assert.Contains("21 October 2022", reply.Text, StringComparison.Ordinal);
        Assert.True(TelegramHtmlParser.Parse(reply.RawText).Ok);
    }

    [Fact]
    public async Task QuickModelAnswer_IsSentOnceWithSourcesAndNeverEdited()
    {
        bot.ExtraArguments.Add("--Telegram:StreamEditInterval=00:00:30");
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");

        var reply = await bot.AskAsync(Telegram.PrivateChatWith(user), user, "When did Austin last call Shoigu?");

        Assert.StartsWith(ModelAnswer, reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "expandable_blockquote");
        Assert.Equal(0, reply.EditCount);
        Assert.DoesNotContain(Telegram.Requests, r => r.Method == "editMessageText");
        Assert.Single(model.ChatRequests, r => r.Stream);
    }

    [Fact]
    public async Task SlowModelAnswer_InPrivateChat_ThinkingDraftGrowsThenOneMessageWithSources()
    {
        model.StreamPieceDelay = TimeSpan.FromMilliseconds(25);
        bot.ExtraArguments.Add("--Telegram:DraftInterval=00:00:00.100");
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "When did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ChatId == chat.Id && m.ReplyToMessageId == question.MessageId));

        var reply = Assert.Single(Telegram.SentTo(chat.Id));
        Assert.StartsWith(ModelAnswer, reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "expandable_blockquote");
        Assert.Equal(0, reply.EditCount);
        Assert.DoesNotContain(Telegram.Requests, r => r.Method == "editMessageText");

        var drafts = Telegram.Drafts.Where(d => d.ChatId == chat.Id).ToList();
        Assert.True(drafts.Count >= 3, $"expected a placeholder and growing drafts, got {drafts.Count}");
        Assert.True(drafts[0].IsPlaceholder);
        Assert.All(drafts, d => Assert.Equal(question.MessageId, d.DraftId));
        var texts = drafts.Skip(1).Select(d => d.Text).ToList();
        Assert.All(texts, t => Assert.StartsWith(t, ModelAnswer, StringComparison.Ordinal));
        Assert.Equal(texts.OrderBy(t => t.Length).ToList(), texts);
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.True(drafts.Count < ModelAnswer.Split(' ').Length, "one draft per streamed piece is too many");

        // The message replaced the draft; the answer stays only as the message.
        Assert.Null(Telegram.CurrentDraft(chat.Id));
    }

    [Fact]
    public async Task ServerWithoutDrafts_PrivateAnswersFallBackToEditedReplies()
    {
        model.StreamPieceDelay = TimeSpan.FromMilliseconds(25);
        bot.ExtraArguments.Add("--Telegram:DraftInterval=00:00:00.100");
        bot.ExtraArguments.Add("--Telegram:StreamEditInterval=00:00:00.100");
        Telegram.InjectFault("sendMessageDraft", EmulatorFault.Error(404, "Not Found"), times: 100);
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var first = await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");
        var asked = Telegram.SendText(chat, user, "When did Austin last call Shoigu?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == asked.MessageId && m.Entities.Any(e => e.Type == "expandable_blockquote")));
        var second = Assert.Single(Telegram.RepliesTo(asked));

        Assert.StartsWith(ModelAnswer, first.Text, StringComparison.Ordinal);
        Assert.StartsWith(ModelAnswer, second.Text, StringComparison.Ordinal);
        Assert.Single(Telegram.Requests, r => r.Method == "sendMessageDraft");
        Assert.Empty(Telegram.Drafts);
        Assert.True(second.EditCount >= 1, "the second answer should be streamed by editing the reply");
    }
}

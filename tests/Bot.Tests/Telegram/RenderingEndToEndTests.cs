using System.Globalization;
using Bot.Core.Answering.Contracts;
using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>What reaches the chat: long answers split into valid messages, the plain-text fallback, no token in any log.</summary>
public sealed class RenderingEndToEndTests : IAsyncLifetime
{
    private TelegramBotHarness harness = null!;

    private TelegramBotApiEmulator Telegram => harness.Emulator;

    public async Task InitializeAsync() => harness = await TelegramBotHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task LongAnswer_IsSplitIntoValidMessagesUnderTheLimit()
    {
        var sentences = Enumerable.Range(1, 160)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Sentence {i} says <that> Austin & Shoigu spoke [{(i % 2) + 1}]."))
            .ToList();
        var quote = string.Join(" ", Enumerable.Range(1, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"Quoted line {i} with \"quotes\" & <angles>.")));
        harness.Answerer.OnAnswer = (request, _) => Task.FromResult(ScriptedAnswerer.Cited(request.Question) with
        {
            Text = string.Join(" ", sentences),
            Citations = [new Citation(1, "002_cf56b5f3342129bc", "Title", "TribunWow", "2022-10-22", quote), new Citation(2, "003_42ef1aef511d5886", "Other", "Kompas.com", "2022-10-22", "Short.")],
        });
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "Tell me everything");
        await Telegram.WaitForConfirmationAsync(question.UpdateId);

        var messages = Telegram.SentTo(chat.Id);
        Assert.True(messages.Count >= 3, $"expected a split answer, got {messages.Count} message(s)");
        Assert.All(messages, m =>
        {
            Assert.Equal("HTML", m.ParseMode);
            Assert.True(m.Text.Length <= TelegramBotApiEmulator.MaxMessageLength);
            Assert.True(TelegramHtmlParser.Parse(m.RawText).Ok);
        });
        Assert.Equal(question.MessageId, messages[0].ReplyToMessageId);
        Assert.All(messages.Skip(1), m => Assert.Null(m.ReplyToMessageId));
        var whole = string.Join("\n", messages.Select(m => m.Text));
        var positions = sentences.Select(s => whole.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order().ToList(), positions);
        var quoted = string.Concat(messages.SelectMany(m => m.Entities.Where(e => e.Type == "expandable_blockquote").Select(e => m.Text.Substring(e.Offset, e.Length))));
        Assert.Contains("Quoted line 40 with \"quotes\" & <angles>.", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SplitAnswer_AtDefaultPace_StaysWithinTelegramFloodLimits()
    {
        harness.Settings["Telegram:MessagesPerSecondPerChat"] = "1";
        // The bot paces at one message a second; the emulator refuses anything closer than 0.4 s, so
        // scheduling jitter on a loaded machine cannot fail the test while a missing limiter (all
        // parts sent at once) still does.
        Telegram.MinSendIntervalPerChat = TimeSpan.FromMilliseconds(400);
        harness.Answerer.OnAnswer = (request, _) => Task.FromResult(ScriptedAnswerer.Cited(request.Question) with
        {
            Text = string.Join(" ", Enumerable.Range(1, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"Sentence {i} is part of a long answer [1]."))),
        });
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "Tell me everything");
        await Telegram.WaitForConfirmationAsync(question.UpdateId);

        Assert.True(Telegram.SentTo(chat.Id).Count >= 3);
        Assert.DoesNotContain(Telegram.Requests, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task HtmlRefused_ByTelegram_SameContentResentAsPlainText()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        Telegram.InjectFault("sendMessage", EmulatorFault.Error(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3"));

        var question = Telegram.SendText(chat, user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));

        var reply = Assert.Single(Telegram.RepliesTo(question));
        var refused = Assert.Single(Telegram.Requests, r => r.Method == "sendMessage" && r.StatusCode == 400);
        Assert.Null(reply.ParseMode);
        Assert.Equal(TelegramHtmlParser.Parse(refused.Parameters["text"]!.GetValue<string>()).Text, reply.Text);
        Assert.Contains("\"Austin & Shoigu\" berbicara < 1 jam > via telepon.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_NeverAppearsInLogs_EvenWithFaultsAndErrors()
    {
        Telegram.SetWebhook("https://example.invalid/hook");
        Telegram.InjectFault("getUpdates", EmulatorFault.DropConnection(), times: 2);
        Telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError());
        Telegram.InjectFault("sendMessage", EmulatorFault.DropConnection());
        Telegram.InjectFault("sendChatAction", EmulatorFault.Error(400, "Bad Request: chat not found"));
        harness.Answerer.OnAnswer = (request, _) => throw new InvalidOperationException("answering failed");
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await harness.StopAsync();

        var logs = harness.AllLogText();
        Assert.Contains("retry", logs, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(harness.Logs.Logs, l => l.Exception is not null);
        Assert.DoesNotContain(Telegram.Token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Telegram.Token.Split(':')[1], logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_Rejected_HostStopsWithoutRevealingIt()
    {
        harness.Settings["Telegram:BotToken"] = "7012345678:AAWrong-token_that_must_stay_secret";
        var run = harness.StartWithoutWaiting();

        var completed = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(15)));

        Assert.Same(run, completed);
        Assert.Equal(Bot.Telegram.TelegramCommand.BotFailed, await run);
        Assert.Contains(harness.Logs.Logs, l => l.EventId.Id == 3002);
        Assert.DoesNotContain("AAWrong-token_that_must_stay_secret", harness.AllLogText() + harness.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_MissingToken_FailsNamingTheKey()
    {
        harness.Settings["Telegram:BotToken"] = "";

        var exitCode = await harness.StartWithoutWaiting();

        Assert.Equal(Bot.Telegram.TelegramCommand.InvalidConfiguration, exitCode);
        Assert.Contains("Telegram:BotToken", harness.Error.ToString(), StringComparison.Ordinal);
    }
}

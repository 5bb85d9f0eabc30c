using Bot.Telegram.Client;
using Bot.Telegram.Hosting;
using Bot.Testing.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Tests.Client;

/// <summary>Telegram.Bot with the bot's retry policy, against the emulator: what is repeated, what is not, and errors without the token.</summary>
public sealed class TelegramDeliveryClientTests : IAsyncLifetime, IDisposable
{
    private readonly TelegramHttp http = new();
    private TelegramBotApiEmulator telegram = null!;
    private long chatId;

    public async Task InitializeAsync()
    {
        telegram = await TelegramBotApiEmulator.StartAsync();
        chatId = telegram.PrivateChatWith(telegram.CreateUser("Ana")).Id;
    }

    public async Task DisposeAsync() => await telegram.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task GetMe_ReturnsTheBotUser()
    {
        var me = await Client().GetMe();

        Assert.Equal(telegram.Bot.Id, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal(telegram.Bot.Username, me.Username);
    }

    [Fact]
    public async Task SendMessage_HtmlToChannelUsername_SentAsTelegramBotSpellsIt()
    {
        var channel = telegram.CreateChannel("Digest", "article_digest");

        var message = await Client().SendMessage("@article_digest", "<b>Digest</b> &amp; more", ParseMode.Html);

        Assert.Equal(channel.Id, message.Chat.Id);
        Assert.Equal("Digest & more", message.Text);
        var request = Assert.Single(telegram.Requests, r => r.Method == "sendMessage");
        Assert.Equal("Html", request.Parameters["parse_mode"]!.GetValue<string>());
        Assert.Equal("HTML", Assert.Single(telegram.SentTo(channel.Id)).ParseMode);
    }

    [Fact]
    public async Task SendMessage_FailuresThatProveNothingHappened_RetriedAndSentExactlyOnce()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError());
        telegram.InjectFault("sendMessage", EmulatorFault.DropConnection());
        telegram.InjectFault("sendMessage", EmulatorFault.BadGateway());
        telegram.InjectFault("sendMessage", EmulatorFault.TooManyRequests(1));

        var message = await Client(o => o.MaxAttempts = 5).SendMessage(chatId, "hello");

        Assert.Equal("hello", Assert.Single(telegram.SentMessages).Text);
        Assert.Equal(message.Id, telegram.SentMessages[0].MessageId);
        Assert.Equal([500, 0, 502, 429, 200], telegram.Requests.Where(r => r.Method == "sendMessage").Select(r => r.StatusCode).ToArray());
    }

    [Theory]
    [InlineData(400, "Bad Request: chat not found")]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")]
    public async Task SendMessage_PermanentError_NotRepeated(int code, string description)
    {
        telegram.InjectFault("sendMessage", EmulatorFault.Error(code, description));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendMessage(chatId, "hello"));

        Assert.Equal(code, error.ErrorCode);
        Assert.Single(telegram.Requests, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task SendMessage_TelegramRefuses_ErrorFieldsWithoutToken()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.TooManyRequests(7));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client(o => o.RetryBudget = TimeSpan.FromSeconds(2)).SendMessage(chatId, "hi"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Single(telegram.Requests, r => r.Method == "sendMessage");
        Assert.DoesNotContain(telegram.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_MigratedGroup_CarriesTheNewChatId()
    {
        var user = telegram.CreateUser("Ana");
        var group = telegram.CreateGroup("Old");
        telegram.SendText(group, user, "/ask hi");
        var supergroup = telegram.MigrateToSupergroup(group);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendMessage(group.Id, "hi"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(supergroup.Id, error.Parameters?.MigrateToChatId);
    }

    [Fact]
    public async Task SendChatAction_Cosmetic_OneAttemptOnly()
    {
        telegram.InjectFault("sendChatAction", EmulatorFault.InternalServerError());

        await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendChatAction(chatId, ChatAction.Typing));

        Assert.Single(telegram.Requests, r => r.Method == "sendChatAction");
    }

    [Theory]
    [InlineData(nameof(EmulatorFault.MalformedResult))]
    [InlineData(nameof(EmulatorFault.NullChatId))]
    [InlineData(nameof(EmulatorFault.AcceptThenHang))]
    [InlineData(nameof(EmulatorFault.AcceptThenDrop))]
    public async Task SendMessage_CarriedOutButAnswerSpoiled_UnconfirmedAndNeverRepeated(string fault)
    {
        telegram.InjectFault("sendMessage", fault switch
        {
            nameof(EmulatorFault.MalformedResult) => EmulatorFault.MalformedResult(),
            nameof(EmulatorFault.NullChatId) => EmulatorFault.NullChatId(),
            nameof(EmulatorFault.AcceptThenHang) => EmulatorFault.AcceptThenHang(),
            _ => EmulatorFault.AcceptThenDrop(),
        });

        var error = await Assert.ThrowsAsync<DeliveryUnconfirmedException>(() => Client(o => o.RequestTimeout = TimeSpan.FromMilliseconds(500)).SendMessage(chatId, "hello"));

        Assert.Equal("sendMessage", error.Method);
        Assert.Equal("hello", Assert.Single(telegram.SentMessages).Text);
        Assert.Single(telegram.Requests, r => r.Method == "sendMessage");
        Assert.DoesNotContain(telegram.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditMessageText_AnswerSpoiled_RepeatedBecauseAnEditChangesNothingTwice()
    {
        var client = Client();
        var sent = await client.SendMessage(chatId, "first");
        telegram.InjectFault("editMessageText", EmulatorFault.MalformedResult());

        // The repeat finds the edit done: Telegram says so, and the reply sender takes that as success.
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.EditMessageText(chatId, sent.Id, "second"));

        Assert.True(error.IsNotModified());
        Assert.Equal("second", Assert.Single(telegram.SentMessages).Text);
        Assert.Equal(2, telegram.Requests.Count(r => r.Method == "editMessageText"));
    }

    [Fact]
    public async Task SendMessage_EveryAttemptFails_StopsAfterMaxAttempts()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError(), times: 100);

        await Assert.ThrowsAsync<ApiRequestException>(() => Client(o => o.MaxAttempts = 3).SendMessage(chatId, "hello"));

        Assert.Equal(3, telegram.Requests.Count(r => r.Method == "sendMessage"));
        Assert.Empty(telegram.SentMessages);
    }

    [Fact]
    public async Task SendMessage_FloodWaitLongerThanTheBudget_GivesUpWithoutWaiting()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.TooManyRequests(600));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendMessage(chatId, "hello")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(429, error.ErrorCode);
        Assert.Single(telegram.Requests, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task SendMessage_CancelledWhileRetrying_StopsRetrying()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError(), times: 1000);
        using var cancel = new CancellationTokenSource();
        var send = Client(o => (o.MaxAttempts, o.RetryBaseDelay) = (20, TimeSpan.FromSeconds(2))).SendMessage(chatId, "hello", cancellationToken: cancel.Token);
        await telegram.WaitForAsync(() => telegram.Requests.Count, n => n >= 1, null, "first attempt");

        // Cancelled while it waits to retry: nothing was carried out, so it is a plain cancellation.
        await Task.Delay(300);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(telegram.Requests);
        Assert.Empty(telegram.SentMessages);
    }

    [Fact]
    public async Task GetMe_SlowerThanTheTimeout_RetriedThenFailsNamingTheMethod()
    {
        telegram.InjectFault("getMe", EmulatorFault.SlowReply(TimeSpan.FromSeconds(5)), times: 2);

        var error = await Assert.ThrowsAsync<RequestException>(() => Client(o => (o.RequestTimeout, o.MaxAttempts) = (TimeSpan.FromMilliseconds(200), 2)).GetMe());

        Assert.Contains("getMe got no answer", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyMethod_WrongToken_Unauthorized()
    {
        var wrong = Client(o => o.BotToken = "1:wrong");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => wrong.GetMe());

        Assert.Equal(401, error.ErrorCode);
    }

    [Fact]
    public async Task SetMyCommands_Valid_StoredOnTheServer()
    {
        await Client().SetMyCommands([new BotCommand("ask", "Ask about the articles")]);

        Assert.Equal("ask", telegram.Commands![0]!["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditMessageText_SameContent_NotModified()
    {
        var client = Client();
        var sent = await client.SendMessage(chatId, "first");

        var edited = await client.EditMessageText(chatId, sent.Id, "<i>second</i>", ParseMode.Html);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.EditMessageText(chatId, sent.Id, "<i>second</i>", ParseMode.Html));

        Assert.Equal("second", edited.Text);
        Assert.Equal(1, Assert.Single(telegram.SentTo(chatId)).EditCount);
        Assert.Contains("message is not modified", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUpdates_MalformedUpdate_KeepsItsIdAndTheRestOfTheBatch()
    {
        var user = telegram.CreateUser("Ana", "ana");
        var group = telegram.CreateSupergroup("Desk");
        var broken = telegram.EnqueueRawUpdate(new System.Text.Json.Nodes.JsonObject { ["message"] = new System.Text.Json.Nodes.JsonObject { ["message_id"] = "x", ["chat"] = 5 } });
        var sent = telegram.SendText(group, user, $"🙂 @{telegram.Bot.Username} when?");

        var batch = await Client().SendRequest(new TolerantGetUpdatesRequest(new global::Telegram.Bot.Requests.GetUpdatesRequest { Timeout = 0 }));
        var updates = TolerantGetUpdatesRequest.Read(batch);

        Assert.Equal([broken, sent.UpdateId], updates.Select(u => (long)u.Id));
        Assert.Null(updates[0].Message);
        var message = updates[1].Message!;
        Assert.Equal(ChatType.Supergroup, message.Chat.Type);
        var mention = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.Mention, mention.Type);
        Assert.Equal("@" + telegram.Bot.Username, message.Text!.Substring(mention.Offset, mention.Length));
    }

    private TelegramDeliveryClient Client(Action<TelegramOptions>? configure = null)
    {
        var options = new TelegramOptions
        {
            BotToken = telegram.Token,
            ApiBaseUrl = telegram.BaseUrl,
            RequestTimeout = TimeSpan.FromSeconds(5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        };
        configure?.Invoke(options);
        return new TelegramDeliveryClient(options, http.Client, TimeProvider.System, NullLogger<TelegramDeliveryClient>.Instance);
    }
}

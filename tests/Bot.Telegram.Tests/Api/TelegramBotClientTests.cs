using Bot.Telegram.Api;
using Bot.Telegram.Api.Requests;
using Bot.Telegram.Api.Types;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Api;

/// <summary>The client against the emulator: requests, results, and errors as fields, never with the token.</summary>
public sealed class TelegramBotClientTests : IAsyncLifetime, IDisposable
{
    private TelegramBotApiEmulator telegram = null!;
    private TelegramBotClient client = null!;

    public async Task InitializeAsync()
    {
        telegram = await TelegramBotApiEmulator.StartAsync();
        client = new TelegramBotClient(telegram.Token, telegram.BaseUrl, TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync() => await telegram.DisposeAsync();

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task GetMe_ReturnsTheBotUser()
    {
        var me = await client.GetMeAsync(CancellationToken.None);

        Assert.Equal(telegram.Bot.Id, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal(telegram.Bot.Username, me.Username);
    }

    [Fact]
    public async Task GetUpdates_UserMessage_ArrivesWithEntitiesInUtf16Units()
    {
        var user = telegram.CreateUser("Ana", "ana");
        var group = telegram.CreateSupergroup("Desk");
        var sent = telegram.SendText(group, user, $"🙂 @{telegram.Bot.Username} when?");

        var updates = await client.GetUpdatesAsync(null, 0, null, CancellationToken.None);

        var message = Assert.Single(updates).Message!;
        Assert.Equal(sent.UpdateId, updates[0].UpdateId);
        Assert.Equal("supergroup", message.Chat.Type);
        var mention = Assert.Single(message.Entities!);
        Assert.Equal("mention", mention.Type);
        Assert.Equal("@" + telegram.Bot.Username, message.Text!.Substring(mention.Offset, mention.Length));
    }

    [Fact]
    public async Task SendMessage_ToChannelUsername_ReturnsTheStoredMessage()
    {
        var channel = telegram.CreateChannel("Digest", "article_digest");

        var message = await client.SendMessageAsync(new SendMessageRequest(new ChatId("@article_digest"), "<b>Digest</b> &amp; more") { ParseMode = "HTML" }, CancellationToken.None);

        Assert.Equal(channel.Id, message.Chat.Id);
        Assert.Equal("Digest & more", message.Text);
        Assert.Equal("Digest & more", Assert.Single(telegram.SentTo(channel.Id)).Text);
    }

    [Fact]
    public async Task SendMessage_TelegramRefuses_ErrorFieldsWithoutToken()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.TooManyRequests(7));

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest(1, "hi"), CancellationToken.None));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.RetryAfter);
        Assert.Equal("sendMessage", error.Method);
        Assert.True(error.IsTransient);
        Assert.DoesNotContain(telegram.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_MigratedGroup_CarriesTheNewChatId()
    {
        var user = telegram.CreateUser("Ana");
        var group = telegram.CreateGroup("Old");
        telegram.SendText(group, user, "/ask hi");
        var supergroup = telegram.MigrateToSupergroup(group);

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest(group.Id, "hi"), CancellationToken.None));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(supergroup.Id, error.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_ProxyAnswersHtml502_TransientApiError()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.BadGateway());

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest(1, "hi"), CancellationToken.None));

        Assert.Equal(502, error.ErrorCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task SendMessage_ConnectionDropped_TransportErrorWithoutToken()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.DropConnection());

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => client.SendMessageAsync(new SendMessageRequest(1, "hi"), CancellationToken.None));

        Assert.Equal("sendMessage", error.Method);
        Assert.DoesNotContain(telegram.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_SlowerThanTheTimeout_TransportError()
    {
        using var impatient = new TelegramBotClient(telegram.Token, telegram.BaseUrl, TimeSpan.FromMilliseconds(200));
        telegram.InjectFault("getMe", EmulatorFault.SlowReply(TimeSpan.FromSeconds(5)));

        var error = await Assert.ThrowsAsync<TelegramTransportException>(() => impatient.GetMeAsync(CancellationToken.None));

        Assert.Contains("no response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyMethod_WrongToken_Unauthorized()
    {
        using var wrong = new TelegramBotClient("1:wrong", telegram.BaseUrl, TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => wrong.GetMeAsync(CancellationToken.None));

        Assert.Equal(401, error.ErrorCode);
    }

    [Fact]
    public async Task SetMyCommands_Valid_StoredOnTheServer()
    {
        var ok = await client.SetMyCommandsAsync([new BotCommand("ask", "Ask about the articles")], CancellationToken.None);

        Assert.True(ok);
        Assert.Equal("ask", telegram.Commands![0]!["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditMessageText_SameContent_NotModified()
    {
        var user = telegram.CreateUser("Ana");
        var chat = telegram.PrivateChatWith(user);
        var sent = await client.SendMessageAsync(new SendMessageRequest(chat.Id, "first"), CancellationToken.None);

        var edited = await client.EditMessageTextAsync(new EditMessageTextRequest(chat.Id, sent.MessageId, "<i>second</i>") { ParseMode = "HTML" }, CancellationToken.None);
        var error = await Assert.ThrowsAsync<TelegramApiException>(() => client.EditMessageTextAsync(new EditMessageTextRequest(chat.Id, sent.MessageId, "<i>second</i>") { ParseMode = "HTML" }, CancellationToken.None));

        Assert.Equal("second", edited.Text);
        Assert.Equal(1, Assert.Single(telegram.SentTo(chat.Id)).EditCount);
        Assert.Contains("message is not modified", error.Description, StringComparison.Ordinal);
    }
}

using Bot.Telegram.Api;
using Bot.Telegram.Api.Requests;
using Bot.Testing.Telegram;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Telegram.Tests.Api;

/// <summary>The retry policy: transient failures repeated until they pass, everything else surfaced at once.</summary>
public sealed class RetryingTelegramBotClientTests : IAsyncLifetime, IDisposable
{
    private TelegramBotApiEmulator telegram = null!;
    private TelegramBotClient raw = null!;
    private RetryingTelegramBotClient client = null!;
    private long chatId;

    public async Task InitializeAsync()
    {
        telegram = await TelegramBotApiEmulator.StartAsync();
        raw = new TelegramBotClient(telegram.Token, telegram.BaseUrl, TimeSpan.FromSeconds(5));
        client = new RetryingTelegramBotClient(raw, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), NullLogger<RetryingTelegramBotClient>.Instance);
        chatId = telegram.PrivateChatWith(telegram.CreateUser("Ana")).Id;
    }

    public async Task DisposeAsync() => await telegram.DisposeAsync();

    public void Dispose() => raw.Dispose();

    [Fact]
    public async Task SendMessage_TransientFailures_SentExactlyOnce()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError());
        telegram.InjectFault("sendMessage", EmulatorFault.DropConnection());
        telegram.InjectFault("sendMessage", EmulatorFault.BadGateway());
        telegram.InjectFault("sendMessage", EmulatorFault.TooManyRequests(1));

        var message = await client.SendMessageAsync(new SendMessageRequest(chatId, "hello"), CancellationToken.None);

        Assert.Equal("hello", Assert.Single(telegram.SentMessages).Text);
        Assert.Equal(message.MessageId, telegram.SentMessages[0].MessageId);
        Assert.Equal([500, 0, 502, 429, 200], telegram.Requests.Where(r => r.Method == "sendMessage").Select(r => r.StatusCode).ToArray());
    }

    [Theory]
    [InlineData(400, "Bad Request: chat not found")]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")]
    public async Task SendMessage_PermanentError_NotRepeated(int code, string description)
    {
        telegram.InjectFault("sendMessage", EmulatorFault.Error(code, description));

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest(chatId, "hello"), CancellationToken.None));

        Assert.Equal(code, error.ErrorCode);
        Assert.Single(telegram.Requests, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task SendChatAction_Cosmetic_OneAttemptOnly()
    {
        telegram.InjectFault("sendChatAction", EmulatorFault.InternalServerError());

        await Assert.ThrowsAsync<TelegramApiException>(() => client.SendChatActionAsync(chatId, SendChatActionRequest.Typing, null, CancellationToken.None));

        Assert.Single(telegram.Requests, r => r.Method == "sendChatAction");
    }

    [Fact]
    public async Task SendMessage_CancelledWhileRetrying_StopsRetrying()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError(), times: 1000);
        using var cancel = new CancellationTokenSource();
        var send = client.SendMessageAsync(new SendMessageRequest(chatId, "hello"), cancel.Token);
        await telegram.WaitForAsync(() => telegram.Requests.Count, n => n >= 3, null, "retries");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Empty(telegram.SentMessages);
    }
}

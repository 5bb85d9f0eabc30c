using Bot.Telegram.Client;
using Bot.Telegram.Hosting;
using Bot.Testing.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Telegram.Tests.Client;

/// <summary>
/// The posting hook a webhook replica uses to record "a reply may be on its way": it runs when the body
/// is about to leave, after the server accepted the headers, never for an attempt that sent nothing.
/// </summary>
public sealed class PostingScopeTests : IAsyncLifetime, IDisposable
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
    public async Task Send_HookRunsOnceBeforeTheServerHasTheMessage()
    {
        var sentWhenHookRan = new List<int>();
        using (PostingScope.Begin(_ =>
        {
            sentWhenHookRan.Add(telegram.SentMessages.Count);
            return Task.CompletedTask;
        }))
        {
            var client = Client();
            await client.SendMessage(chatId, "one");
            await client.SendMessage(chatId, "two");
        }

        Assert.Equal([0], sentWhenHookRan);
        Assert.Equal(2, telegram.SentMessages.Count);
    }

    [Fact]
    public async Task Send_ConnectionDroppedBeforeTheBody_HookNotRun()
    {
        telegram.InjectFault("sendMessage", EmulatorFault.DropConnection());
        var runs = 0;
        using (PostingScope.Begin(_ =>
        {
            runs++;
            return Task.CompletedTask;
        }))
        {
            await Assert.ThrowsAnyAsync<RequestException>(() => Client(o => o.MaxAttempts = 1).SendMessage(chatId, "hello"));
        }

        Assert.Equal(0, runs);
        Assert.Empty(telegram.SentMessages);
    }

    [Fact]
    public async Task Send_HookFailsOnce_NothingPostedUnmarkedAndTheRetryMarksThenPosts()
    {
        var runs = 0;
        var marked = false;
        using (PostingScope.Begin(_ =>
        {
            if (++runs == 1)
            {
                throw new InvalidOperationException("database unreachable");
            }

            marked = true;
            return Task.CompletedTask;
        }))
        {
            await Client(o => o.MaxAttempts = 3).SendMessage(chatId, "hello");
        }

        Assert.Equal(2, runs);
        Assert.True(marked);
        Assert.Equal("hello", Assert.Single(telegram.SentMessages).Text);
    }

    [Fact]
    public async Task Send_OutsideAScope_Unaffected()
    {
        await Client().SendMessage(chatId, "hello");

        Assert.Single(telegram.SentMessages);
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

using Bot.Hosting;
using Bot.Tests.Commands;
using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>
/// The whole program as a user starts it — <c>BotApplication.RunAsync(["telegram", …])</c> with the
/// repository's articles and the real answer engine — against the Bot API emulator, with a state
/// file in a temporary folder and fast polling. Output and error streams are captured.
/// </summary>
internal sealed class RealEngineBot : IAsyncDisposable
{
    private readonly TempFolder state = new();
    private CancellationTokenSource? stop;
    private Task<int>? run;

    private RealEngineBot(TelegramBotApiEmulator emulator)
    {
        Emulator = emulator;
    }

    public TelegramBotApiEmulator Emulator { get; }

    /// <summary>Extra <c>--Key=Value</c> arguments, added after the defaults so they win.</summary>
    public List<string> ExtraArguments { get; } = [];

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public string StateFolder => state.Path;

    public static async Task<RealEngineBot> CreateAsync() => new(await TelegramBotApiEmulator.StartAsync());

    /// <summary>The command line the bot runs with; the token is only ever on it, never in a file.</summary>
    public IReadOnlyList<string> Arguments =>
    [
        "telegram",
        "--Telegram:BotToken=" + Emulator.Token,
        "--Telegram:ApiBaseUrl=" + Emulator.BaseUrl,
        "--Articles:Path=" + BotRun.ArticlesFolder,
        "--State:Path=" + Path.Combine(state.Path, "bot.db"),
        "--Telegram:PollTimeoutSeconds=1",
        "--Telegram:RequestTimeout=00:00:05",
        "--Telegram:RetryBaseDelay=00:00:00.020",
        "--Telegram:RetryMaxDelay=00:00:00.200",
        "--Telegram:MessagesPerSecondPerChat=1000",
        "--Telegram:MessagesPerMinutePerGroup=60000",
        "--Telegram:MessagesPerSecond=10000",
        "--Telegram:ShutdownGracePeriod=00:00:00.300",
        .. ExtraArguments,
    ];

    /// <summary>Starts the program and waits until it polls (the articles are loaded by then).</summary>
    public async Task StartAsync()
    {
        var polls = Emulator.PollCount;
        stop = new CancellationTokenSource();
        run = Task.Run(() => BotApplication.RunAsync([.. Arguments], TextReader.Null, Output, Error, stop.Token));
        var polled = Emulator.WaitForPollsAsync(polls + 1);
        if (await Task.WhenAny(polled, run) == run)
        {
            throw new InvalidOperationException($"The bot exited with {await run} before polling: {Error}");
        }

        await polled;
    }

    /// <summary>Sends a private question and waits for the reply to it.</summary>
    public async Task<SentMessage> AskAsync(EmulatedChat chat, EmulatedUser user, string text)
    {
        var question = Emulator.SendText(chat, user, text);
        await Emulator.WaitForSentAsync(sent => sent.Any(m => m.ChatId == chat.Id && m.ReplyToMessageId == question.MessageId));
        return Assert.Single(Emulator.RepliesTo(question));
    }

    /// <summary>Stops the program as Ctrl+C does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (stop is null || run is null)
        {
            return 0;
        }

        await stop.CancelAsync();
        var code = await run;
        Reliability.TestRunOutput.Add("bot output", Output.ToString());
        Reliability.TestRunOutput.Add("bot error", Error.ToString());
        stop.Dispose();
        stop = null;
        run = null;
        return code;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Emulator.DisposeAsync();
        Output.Dispose();
        Error.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        state.Dispose();
    }
}

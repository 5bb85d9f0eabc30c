using System.Globalization;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>
/// The real <c>telegram</c> command in a real Generic Host against the Bot API emulator, with a
/// scripted answerer, a state file in a temporary folder, fast polling and backoff, and every
/// log line captured. Start and stop it as often as a test needs; state survives in between.
/// </summary>
internal sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly string stateDirectory = Path.Combine(Path.GetTempPath(), "tg-e2e-" + Guid.NewGuid().ToString("N"));
    private CancellationTokenSource? stop;
    private Task<int>? run;

    private TelegramBotHarness(TelegramBotApiEmulator emulator)
    {
        Emulator = emulator;
        Directory.CreateDirectory(stateDirectory);
    }

    public TelegramBotApiEmulator Emulator { get; }

    public ScriptedAnswerer Answerer { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public Dictionary<string, string?> Settings { get; } = [];

    public StringWriter Error { get; } = new();

    public string StatePath => Path.Combine(stateDirectory, "bot.db");

    public static async Task<TelegramBotHarness> CreateAsync() => new(await TelegramBotApiEmulator.StartAsync());

    /// <summary>Starts the bot and waits until it polls.</summary>
    public async Task StartAsync()
    {
        var polls = Emulator.PollCount;
        _ = StartWithoutWaiting();
        await Emulator.WaitForPollsAsync(polls + 1);
    }

    public Task<int> StartWithoutWaiting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = stateDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Emulator.Token,
            ["Telegram:ApiBaseUrl"] = Emulator.BaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:RequestTimeout"] = "00:00:05",
            ["Telegram:RetryBaseDelay"] = "00:00:00.020",
            ["Telegram:RetryMaxDelay"] = "00:00:00.200",
            ["Telegram:MessagesPerSecondPerChat"] = "1000",
            ["Telegram:MessagesPerMinutePerGroup"] = "60000",
            ["Telegram:MessagesPerSecond"] = "10000",
            ["Telegram:ShutdownGracePeriod"] = "00:00:00.300",
            ["State:Path"] = StatePath,
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<IAnswerer>(Answerer);
        builder.Services.AddSingleton<IArticleCatalog>(new CatalogOfTwo());
        stop = new CancellationTokenSource();
        run = Bot.Telegram.TelegramCommand.RunAsync(builder, Error, preflight: null, stop.Token);
        return run;
    }

    /// <summary>Stops the bot as Ctrl+C does and waits for the host to finish.</summary>
    public async Task StopAsync()
    {
        if (stop is null || run is null)
        {
            return;
        }

        await stop.CancelAsync();
        await run;
        stop.Dispose();
        stop = null;
        run = null;
    }

    /// <summary>Every captured log line and exception text, for searching.</summary>
    public string AllLogText() => string.Join("\n", Logs.Logs.Select(l => $"{l.Category} {l.Level} {l.Message} {l.Exception}"));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Reliability.TestRunOutput.Add("harness error", Error.ToString());
        await Emulator.DisposeAsync();
        Error.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(stateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    public static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Net;
using System.Net.Sockets;
using Bot.Hosting;
using Bot.Tests.Commands;
using Bot.Testing.Telegram;

namespace Bot.Tests.Webhook;

/// <summary>
/// One replica as a user starts it — <c>BotApplication.RunAsync(["webhook", …])</c> with the
/// repository's articles — on a free port of 127.0.0.1, against the Bot API emulator. State is a
/// SQLite file in a temporary folder unless a PostgreSQL connection string is given.
/// </summary>
internal sealed class WebhookReplica : IAsyncDisposable
{
    public const string Secret = "replica-secret_0123456789";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TempFolder state = new();
    private readonly TelegramBotApiEmulator emulator;
    private readonly string? postgres;
    private CancellationTokenSource? stop;
    private Task<int>? run;

    public WebhookReplica(TelegramBotApiEmulator emulator, string? postgres = null)
    {
        this.emulator = emulator;
        this.postgres = postgres;
        Port = FreePort();
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public Uri WebhookUrl => new(BaseUrl, "telegram/update");

    public List<string> ExtraArguments { get; } = [];

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public IReadOnlyList<string> Arguments =>
    [
        "webhook",
        "--Telegram:BotToken=" + emulator.Token,
        "--Telegram:ApiBaseUrl=" + emulator.BaseUrl,
        "--Articles:Path=" + BotRun.ArticlesFolder,
        .. postgres is null ? new[] { "--State:Path=" + Path.Combine(state.Path, "bot.db") } : ["--State:Provider=postgres", "--State:ConnectionString=" + postgres],
        "--Webhook:Listen=" + BaseUrl.AbsoluteUri.TrimEnd('/'),
        "--Webhook:SecretToken=" + Secret,
        "--Webhook:SweepInterval=00:00:00.200",
        "--Webhook:ClaimLease=00:00:03",
        "--Telegram:RequestTimeout=00:00:05",
        "--Telegram:RetryBaseDelay=00:00:00.020",
        "--Telegram:RetryMaxDelay=00:00:00.200",
        "--Telegram:MessagesPerSecondPerChat=1000",
        "--Telegram:MessagesPerMinutePerGroup=60000",
        "--Telegram:MessagesPerSecond=10000",
        "--Telegram:ShutdownGracePeriod=00:00:00.300",
        .. ExtraArguments,
    ];

    /// <summary>Starts the replica and waits until /readyz answers 200.</summary>
    public async Task StartAsync()
    {
        stop = new CancellationTokenSource();
        run = Task.Run(() => BotApplication.RunAsync([.. Arguments], TextReader.Null, Output, Error, stop.Token));
        using var expiry = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (run.IsCompleted)
            {
                throw new InvalidOperationException($"The replica exited with {await run} before it was ready: {Error}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(BaseUrl, "readyz"), expiry.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, expiry.Token);
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(BaseUrl, path));

    /// <summary>POSTs a body to the webhook path as Telegram would, with the given secret header (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await Http.SendAsync(request);
    }

    public async Task<int> StopAsync()
    {
        if (stop is null || run is null)
        {
            return 0;
        }

        await stop.CancelAsync();
        var code = await run;
        Reliability.TestRunOutput.Add("replica output", Output.ToString());
        Reliability.TestRunOutput.Add("replica error", Error.ToString());
        stop.Dispose();
        stop = null;
        run = null;
        return code;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Output.Dispose();
        Error.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        state.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}

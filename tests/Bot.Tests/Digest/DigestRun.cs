using Bot.Testing.Telegram;
using Bot.Tests.Commands;

namespace Bot.Tests.Digest;

/// <summary>
/// The real <c>digest</c> command against the Bot API emulator, with a copy of the seed articles
/// and a state file in a scratch folder that outlives single runs.
/// </summary>
internal sealed class DigestRun : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private DigestRun(TelegramBotApiEmulator emulator)
    {
        Emulator = emulator;
        Channel = emulator.CreateChannel("Berita", "berita_digest");
        Directory.CreateDirectory(ArticlesPath);
        foreach (var file in Directory.GetFiles(BotRun.ArticlesFolder))
        {
            File.Copy(file, System.IO.Path.Combine(ArticlesPath, System.IO.Path.GetFileName(file)));
        }
    }

    public TelegramBotApiEmulator Emulator { get; }

    public EmulatedChat Channel { get; }

    public string ArticlesPath => System.IO.Path.Combine(folder.Path, "articles");

    public static async Task<DigestRun> CreateAsync() => new(await TelegramBotApiEmulator.StartAsync());

    public IReadOnlyList<SentMessage> ChannelPosts => Emulator.SentTo(Channel.Id);

    public Task<BotRun> RunAsync(params string[] extra) => BotRun.RunAsync(["digest", .. Arguments, .. extra]);

    /// <summary>Configuration for the emulator, the channel, the state file and the articles copy.</summary>
    public IReadOnlyList<string> Arguments =>
    [
        $"--Telegram:BotToken={Emulator.Token}",
        $"--Telegram:ApiBaseUrl={Emulator.BaseUrl}",
        "--Telegram:ChannelId=@berita_digest",
        "--Telegram:RetryBaseDelay=00:00:00.010",
        "--Telegram:RetryMaxDelay=00:00:00.050",
        "--Telegram:MessagesPerMinutePerGroup=60000",
        "--Telegram:MessagesPerSecondPerChat=1000",
        $"--State:Path={System.IO.Path.Combine(folder.Path, "bot.db")}",
        $"--Articles:Path={ArticlesPath}",
    ];

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

using Bot.Testing.Telegram;

namespace Bot.Bench;

/// <summary>
/// The settings every bench that runs the real bot process against the Bot API emulator starts it
/// with: Telegram's send budgets lifted and retries short, so that the bot's own work is measured
/// rather than the pacing a real Telegram would impose.
/// </summary>
internal static class BotProcessArguments
{
    /// <summary>What the simulated users ask: both languages, answerable and not, on the seed articles.</summary>
    public static readonly string[] SeedQuestions =
    [
        "When did Austin last call Shoigu?",
        "Kapan Austin terakhir menelepon Shoigu?",
        "When did Austin first call Shoigu?",
        "Berapa lama panggilan telepon itu berlangsung?",
        "Who won the 2022 FIFA World Cup?",
        "Apa yang dibahas Austin dan Shoigu?",
    ];

    public static string[] AgainstEmulator(TelegramBotApiEmulator emulator, string repositoryRoot) =>
    [
        "--Telegram:BotToken=" + emulator.Token,
        "--Telegram:ApiBaseUrl=" + emulator.BaseUrl,
        "--Articles:Path=" + Path.Combine(repositoryRoot, "articles"),
        "--Telegram:RequestTimeout=00:00:05",
        "--Telegram:RetryBaseDelay=00:00:00.050",
        "--Telegram:RetryMaxDelay=00:00:00.500",
        "--Telegram:MessagesPerSecondPerChat=1000",
        "--Telegram:MessagesPerMinutePerGroup=60000",
        "--Telegram:MessagesPerSecond=10000",
        "--Telegram:MaxQuestionsPerMinute=10000",
        "--Telegram:ShutdownGracePeriod=00:00:02",
        "--Logging:LogLevel:Default=Warning",
    ];
}

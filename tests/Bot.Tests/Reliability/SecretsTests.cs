using Bot.Testing.OpenAi;
using Bot.Testing.Telegram;
using Bot.Tests.Telegram;

namespace Bot.Tests.Reliability;

/// <summary>
/// Runs after every other test of this assembly (xunit runs collections that disable
/// parallelization once the parallel ones are done).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsLast
{
    public const string Name = "Runs last";
}

/// <summary>
/// The bot token and the chat model's API key appear nowhere in what this test process saw the
/// bot write (<see cref="TestRunOutput"/>: console logs, captured log lines and exceptions, the
/// output and error streams and JSON of every run), after all the other tests and a session of
/// its own that drives the error paths: Bot API 401, 500, 429 and dropped connections, a chat
/// model that refuses the key and then fails.
/// </summary>
[Collection(RunsLast.Name)]
public sealed class SecretsTests
{
    private const string ApiKey = "sk-reliability-7c1e4f0b9a2d";

    [Fact]
    public async Task EverythingTheBotWrote_ContainsNoSecret()
    {
        await RunFaultySessionAsync();

        var all = TestRunOutput.All();
        var token = TelegramBotApiEmulator.DefaultToken;
        string[] secrets = [token, token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..], ApiKey];
        var file = Path.Combine(Path.GetTempPath(), $"article-bot-test-output-{Environment.ProcessId}.log");
        await File.WriteAllTextAsync(file, all);

        // Evidence that the search had something to search: the bot ran with the token and logged.
        Assert.True(TestRunOutput.Bytes > 10_000, $"only {TestRunOutput.Bytes} characters captured");
        Assert.Contains("@ArticleEmuBot", all, StringComparison.Ordinal);
        foreach (var secret in secrets)
        {
            var at = all.IndexOf(secret, StringComparison.Ordinal);
            Assert.True(at < 0, $"a secret was written (see {file}): …{all[Math.Max(0, at - 200)..Math.Min(all.Length, at + 50)]}…");
        }
    }

    private static async Task RunFaultySessionAsync()
    {
        await using var model = await OpenAiCompatibleServer.StartAsync();
        model.RequiredApiKey = "sk-another-key";
        await using var bot = await RealEngineBot.CreateAsync();
        bot.ExtraArguments.Add("--Ai:Endpoint=" + model.Endpoint);
        bot.ExtraArguments.Add("--Ai:ChatModel=test-model");
        bot.ExtraArguments.Add("--Ai:ApiKey=" + ApiKey);
        bot.ExtraArguments.Add("--Logging:LogLevel:Default=Trace");
        bot.Emulator.InjectFault("getUpdates", EmulatorFault.InternalServerError());
        bot.Emulator.InjectFault("getUpdates", EmulatorFault.DropConnection());
        bot.Emulator.InjectFault("getUpdates", EmulatorFault.TooManyRequests(0));
        await bot.StartAsync();
        var user = bot.Emulator.CreateUser("Ana");
        var chat = bot.Emulator.PrivateChatWith(user);
        bot.Emulator.InjectFault("sendMessage", EmulatorFault.BadGateway());
        bot.Emulator.InjectFault("sendMessage", EmulatorFault.Error(400, "Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 12"));
        _ = await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");
        model.Fault = OpenAiFault.ServerError;
        _ = await bot.AskAsync(chat, user, "Kapan Austin menelepon Shoigu?");
        bot.Emulator.InjectFault("getUpdates", EmulatorFault.Error(401, "Unauthorized"));
        await bot.Emulator.WaitForAsync(() => bot.Emulator.Requests, r => r.Any(q => q.Method == "getUpdates" && q.StatusCode == 401), null, "the refused token");
        await bot.StopAsync();
    }
}

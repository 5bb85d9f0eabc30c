using Bot.Testing.OpenAi;
using Bot.Testing.Telegram;
using Bot.Tests.Telegram;
using Bot.Tests.Webhook;

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
/// model that refuses the key and then fails; and a webhook replica (the webhook's secret token)
/// refusing wrong secrets and bad bodies, answering, and showing its /metrics and /readyz.
/// </summary>
[Collection(RunsLast.Name)]
public sealed class SecretsTests
{
    private const string ApiKey = "sk-reliability-7c1e4f0b9a2d";

    [Fact]
    public async Task EverythingTheBotWrote_ContainsNoSecret()
    {
        await RunFaultySessionAsync();
        await RunWebhookSessionAsync();

        var all = TestRunOutput.All();
        var token = TelegramBotApiEmulator.DefaultToken;
        string[] secrets = [token, token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..], ApiKey, WebhookReplica.Secret];
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

    private static async Task RunWebhookSessionAsync()
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        replica.ExtraArguments.Add("--Logging:LogLevel:Default=Trace");
        replica.ExtraArguments.Add("--Webhook:PublicUrl=https://bot.example.com/telegram/update");
        await replica.StartAsync();
        await emulator.WaitForAsync(() => emulator.WebhookSecretToken, s => s is not null, null, "setWebhook");
        using (var wrong = await replica.PostAsync("{}", secret: "wrong-" + WebhookReplica.Secret))
        using (var broken = await replica.PostAsync("{\"update_id\": 1, \"message\": {"))
        {
            TestRunOutput.Add("webhook refusals", $"{wrong.StatusCode} {await wrong.Content.ReadAsStringAsync()} {broken.StatusCode} {await broken.Content.ReadAsStringAsync()}");
        }

        emulator.DeliverTwice = _ => true;
        emulator.RouteWebhookTo(replica.WebhookUrl);
        var user = emulator.CreateUser("Ana");
        var question = emulator.SendText(emulator.PrivateChatWith(user), user, "When did Austin last call Shoigu?");
        await emulator.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await emulator.WaitForWebhookQueueEmptyAsync();
        foreach (var page in new[] { "metrics", "readyz", "healthz" })
        {
            using var response = await replica.GetAsync(page);
            TestRunOutput.Add("webhook /" + page, await response.Content.ReadAsStringAsync());
        }

        using var http = new HttpClient();
        TestRunOutput.Add("webhook info", await http.GetStringAsync(emulator.MethodUri("getWebhookInfo")));
        await replica.StopAsync();
    }
}

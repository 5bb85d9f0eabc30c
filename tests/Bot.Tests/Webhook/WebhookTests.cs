using System.Net;
using Bot.Testing.Postgres;
using Bot.Testing.Telegram;

namespace Bot.Tests.Webhook;

/// <summary>The webhook command end to end: Telegram (the emulator) POSTs updates to replicas, which answer through the Bot API.</summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task Start_WithPublicUrl_SetsTheWebhookWithSecretAndAllowedUpdates()
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        replica.ExtraArguments.Add("--Webhook:PublicUrl=https://bot.example.com/telegram/update");
        await replica.StartAsync();

        await emulator.WaitForAsync(() => emulator.WebhookUrl, url => url is not null, null, "setWebhook");

        Assert.Equal("https://bot.example.com/telegram/update", emulator.WebhookUrl);
        Assert.Equal(WebhookReplica.Secret, emulator.WebhookSecretToken);
        Assert.Equal(["message"], emulator.AllowedUpdates);
    }

    [Theory]
    [InlineData("--Webhook:SecretToken=", "Webhook:SecretToken is required")]
    [InlineData("--Webhook:SecretToken=has spaces!", "Webhook:SecretToken must be 1-256 characters")]
    [InlineData("--Webhook:PublicUrl=http://bot.example.com/hook", "Webhook:PublicUrl must be an absolute https URL")]
    [InlineData("--State:Provider=postgres", "State:ConnectionString is required")]
    public async Task Start_BadConfiguration_ExitsOneNamingTheKey(string argument, string message)
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        replica.ExtraArguments.Add(argument);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(replica.StartAsync);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("exited with 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_DeliveredTwice_AnsweredOnce()
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        await replica.StartAsync();
        emulator.SetWebhook("https://bot.example.com/telegram/update");
        await SetSecretAsync(emulator);
        emulator.DeliverTwice = _ => true;
        emulator.RouteWebhookTo(replica.WebhookUrl);
        var user = emulator.CreateUser("Ana");
        var chat = emulator.PrivateChatWith(user);

        var question = emulator.SendText(chat, user, "When did Austin last call Shoigu?");
        await emulator.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await emulator.WaitForWebhookQueueEmptyAsync();
        await Task.Delay(300);

        Assert.Equal(2, emulator.WebhookDeliveries.Count(d => d.UpdateId == question.UpdateId && d.StatusCode == 200));
        var reply = Assert.Single(emulator.RepliesTo(question));
        Assert.Contains("2022", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterADuplicatedDelivery_ShowTheDuplicateTheAnswerAndTheIndex()
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        await replica.StartAsync();
        emulator.SetWebhook("https://bot.example.com/telegram/update");
        await SetSecretAsync(emulator);
        emulator.DeliverTwice = _ => true;
        emulator.RouteWebhookTo(replica.WebhookUrl);
        var user = emulator.CreateUser("Ana");
        var question = emulator.SendText(emulator.PrivateChatWith(user), user, "When did Austin last call Shoigu?");
        await emulator.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await emulator.WaitForWebhookQueueEmptyAsync();

        // The answer is counted just after its message is sent, so the reply can be seen a moment before the count.
        var answered = new System.Text.RegularExpressions.Regex("bot_answers_total\\{[^}]*answered=\"true\"[^}]*engine=\"extractive\"[^}]*\\} [1-9]");
        string metrics;
        HttpStatusCode status;
        using var expiry = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        do
        {
            using var response = await replica.GetAsync("metrics");
            status = response.StatusCode;
            metrics = await response.Content.ReadAsStringAsync();
        }
        while (!answered.IsMatch(metrics) && !await DelayUnlessExpired(expiry.Token));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("bot_webhook_requests_total\\{[^}]*result=\"duplicate\"[^}]*\\} [1-9]", metrics);
        Assert.Matches("bot_questions_total(\\{[^}]*\\})? [1-9]", metrics);
        Assert.Matches("bot_answers_total\\{[^}]*answered=\"true\"[^}]*engine=\"extractive\"[^}]*\\} [1-9]", metrics);
        Assert.Contains("bot_answer_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Matches("bot_index_passages(\\{[^}]*\\})? [1-9]", metrics);
        Assert.DoesNotContain(emulator.Token, metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithoutOrWithWrongSecret_401AndTheBodyIsNotRead()
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        await replica.StartAsync();

        // Not JSON at all: a parsed body would answer 400.
        using var missing = await replica.PostAsync("{not json", secret: null);
        using var wrong = await replica.PostAsync("{not json", secret: WebhookReplica.Secret + "x");
        using var prefix = await replica.PostAsync("{not json", secret: WebhookReplica.Secret[..^1]);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, prefix.StatusCode);
        Assert.Empty(emulator.SentMessages);
    }

    [Fact]
    public async Task Request_BadJsonOrOversized_400AndTheReplicaGoesOn()
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var replica = new WebhookReplica(emulator);
        replica.ExtraArguments.Add("--Webhook:MaxBodyBytes=4096");
        await replica.StartAsync();

        using var broken = await replica.PostAsync("{\"update_id\": 5, \"message\": {");
        using var notAnUpdate = await replica.PostAsync("[1, 2, 3]");
        using var noId = await replica.PostAsync("{\"message\": {\"message_id\": 1}}");
        using var oversized = await replica.PostAsync("{\"update_id\": 6, \"pad\": \"" + new string('x', 5000) + "\"}");

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnUpdate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Contains("MaxBodyBytes", await oversized.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        emulator.SetWebhook("https://bot.example.com/telegram/update");
        await SetSecretAsync(emulator);
        emulator.RouteWebhookTo(replica.WebhookUrl);
        var user = emulator.CreateUser("Ana");
        var question = emulator.SendText(emulator.PrivateChatWith(user), user, "/sources");
        await emulator.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        using var health = await replica.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [PostgresFact]
    public async Task TwoReplicasOnPostgres_DuplicatesToEitherAnsweredOnceInChatOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var a = new WebhookReplica(emulator, database.ConnectionString);
        await using var b = new WebhookReplica(emulator, database.ConnectionString);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        emulator.SetWebhook("https://bot.example.com/telegram/update");
        await SetSecretAsync(emulator);
        emulator.DeliverTwice = id => id % 2 == 0;
        emulator.RouteWebhookTo(a.WebhookUrl, b.WebhookUrl);
        var users = Enumerable.Range(0, 4).Select(i => emulator.CreateUser("User" + i)).ToList();
        var questions = new List<IncomingMessage>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var user in users)
            {
                questions.Add(emulator.SendText(emulator.PrivateChatWith(user), user, round % 2 == 0 ? "When did Austin last call Shoigu?" : "/sources"));
            }
        }

        await emulator.WaitForSentAsync(sent => questions.All(q => sent.Any(m => m.ChatId == q.Chat.Id && m.ReplyToMessageId == q.MessageId)), TimeSpan.FromSeconds(60));
        await emulator.WaitForWebhookQueueEmptyAsync();
        await Task.Delay(500);

        Assert.Contains(emulator.WebhookDeliveries, d => d.Repeat && d.StatusCode == 200);
        Assert.Contains(emulator.WebhookDeliveries, d => d.Target == a.WebhookUrl && d.StatusCode == 200);
        Assert.Contains(emulator.WebhookDeliveries, d => d.Target == b.WebhookUrl && d.StatusCode == 200);
        foreach (var question in questions)
        {
            Assert.Single(emulator.RepliesTo(question));
        }

        foreach (var user in users)
        {
            var replies = emulator.SentTo(user.Id).Where(m => m.ReplyToMessageId is not null).Select(m => m.ReplyToMessageId).ToList();
            Assert.Equal(replies.Order().ToList(), replies);
        }
    }

    /// <summary>Waits a little; true when the token expired instead (stop polling).</summary>
    private static async Task<bool> DelayUnlessExpired(CancellationToken expiry)
    {
        try
        {
            await Task.Delay(50, expiry);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>The secret the replica expects, as setWebhook would have told Telegram.</summary>
    private static async Task SetSecretAsync(TelegramBotApiEmulator emulator)
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["url"] = emulator.WebhookUrl!,
            ["secret_token"] = WebhookReplica.Secret,
        });
        using var response = await http.PostAsync(emulator.MethodUri("setWebhook"), content);
        response.EnsureSuccessStatusCode();
    }
}

using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>Faults on the wire and restarts: every question is answered exactly once.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private TelegramBotHarness harness = null!;

    private TelegramBotApiEmulator Telegram => harness.Emulator;

    public async Task InitializeAsync() => harness = await TelegramBotHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Faults_429And5xxAndDroppedConnections_EveryQuestionAnsweredExactlyOnce()
    {
        await harness.StartAsync();
        var users = Enumerable.Range(1, 3).Select(i => Telegram.CreateUser($"User{i}")).ToList();
        var chats = users.Select(Telegram.PrivateChatWith).ToList();
        Telegram.InjectFault("sendMessage", EmulatorFault.TooManyRequests(1));
        Telegram.InjectFault("sendMessage", EmulatorFault.InternalServerError());
        Telegram.InjectFault("sendMessage", EmulatorFault.DropConnection());
        Telegram.InjectFault("sendMessage", EmulatorFault.BadGateway());
        Telegram.InjectFault("sendMessage", EmulatorFault.SlowReply(TimeSpan.FromMilliseconds(300)));
        Telegram.InjectFault("getUpdates", EmulatorFault.DropConnection());
        Telegram.InjectFault("getUpdates", EmulatorFault.BadGateway());
        Telegram.InjectFault("getUpdates", EmulatorFault.InternalServerError());

        var questions = new List<IncomingMessage>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < chats.Count; i++)
            {
                questions.Add(Telegram.SendText(chats[i], users[i], $"Question {round} from {users[i].FirstName}: when did Austin call?"));
            }
        }

        await Telegram.WaitForSentAsync(sent => questions.All(q => sent.Any(m => m.ReplyToMessageId == q.MessageId && m.ChatId == q.Chat.Id)), TimeSpan.FromSeconds(30));
        await Telegram.WaitForConfirmationAsync(questions.Max(q => q.UpdateId));

        Assert.Equal(0, Telegram.PendingFaultCount);
        Assert.All(questions, q => Assert.Single(Telegram.RepliesTo(q)));
        Assert.Equal(questions.Count, Telegram.SentMessages.Count);
        Assert.Equal(questions.Count, harness.Answerer.Requests.Count);
        foreach (var chat in chats)
        {
            // Each chat is answered in the order it asked.
            var replies = Telegram.SentTo(chat.Id).Select(m => m.ReplyToMessageId).ToList();
            Assert.Equal(replies.Order().ToList(), replies);
        }
    }

    [Fact]
    public async Task Restart_KilledBetweenReceivingAndAnswering_NoQuestionLostNoneAnsweredTwice()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Answerer.OnAnswer = async (request, ct) =>
        {
            if (request.Question.Contains("second", StringComparison.Ordinal))
            {
                received.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return ScriptedAnswerer.Cited(request.Question);
        };
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        var first = Telegram.SendText(chat, user, "The first question?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == first.MessageId));
        var second = Telegram.SendText(chat, user, "The second question?");
        await received.Task.WaitAsync(TimeSpan.FromSeconds(15));

        await harness.StopAsync();
        Assert.Empty(Telegram.RepliesTo(second));
        Assert.True(Telegram.ConfirmedBelow <= second.UpdateId);

        harness.Answerer.OnAnswer = null;
        var third = Telegram.SendText(chat, user, "The third question?");
        await harness.StartAsync();
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == third.MessageId));
        await Telegram.WaitForConfirmationAsync(third.UpdateId);

        Assert.Single(Telegram.RepliesTo(first));
        Assert.Single(Telegram.RepliesTo(second));
        Assert.Single(Telegram.RepliesTo(third));
        Assert.Equal(3, Telegram.SentMessages.Count);
        Assert.Equal(["The second question?", "The third question?"], harness.Answerer.Requests.Skip(2).Select(r => r.Question).ToArray());
    }

    [Fact]
    public async Task Restart_WhileAnotherChatIsBusy_AnswersEachQuestionOnce()
    {
        var busy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Answerer.OnAnswer = async (request, ct) =>
        {
            if (request.Question.Contains("slow", StringComparison.Ordinal))
            {
                busy.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return ScriptedAnswerer.Cited(request.Question);
        };
        await harness.StartAsync();
        var ana = Telegram.CreateUser("Ana");
        var budi = Telegram.CreateUser("Budi");
        var anaChat = Telegram.PrivateChatWith(ana);
        var budiChat = Telegram.PrivateChatWith(budi);

        var slow = Telegram.SendText(anaChat, ana, "A slow question?");
        await busy.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var quick = Telegram.SendText(budiChat, budi, "A quick question?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == quick.MessageId && m.ChatId == budiChat.Id));
        await harness.StopAsync();
        Assert.True(Telegram.ConfirmedBelow <= slow.UpdateId);

        harness.Answerer.OnAnswer = null;
        await harness.StartAsync();
        await Telegram.WaitForConfirmationAsync(quick.UpdateId);

        Assert.Single(Telegram.RepliesTo(slow));
        Assert.Single(Telegram.RepliesTo(quick));
        Assert.Equal(["A slow question?", "A quick question?", "A slow question?"], harness.Answerer.Requests.Select(r => r.Question).ToArray());
    }

    [Fact]
    public async Task Restart_AfterAnswering_DoesNotAnswerAgainEvenIfTelegramWasNotToldYet()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        // Slow polls keep the bot from confirming the update to Telegram before it is stopped:
        // only the state file carries the progress across the restart.
        Telegram.InjectFault("getUpdates", EmulatorFault.SlowReply(TimeSpan.FromSeconds(2)), times: 3);
        var question = Telegram.SendText(chat, user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await harness.StopAsync();
        Assert.True(Telegram.ConfirmedBelow <= question.UpdateId);

        await harness.StartAsync();
        await Telegram.WaitForConfirmationAsync(question.UpdateId);

        Assert.Single(Telegram.RepliesTo(question));
        Assert.Single(harness.Answerer.Requests);
    }

    [Fact]
    public async Task Restart_AfterTelegramRestartedUpdateIdsFromOne_StillAnswers()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        var before = Telegram.SendText(chat, user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == before.MessageId));
        await Telegram.WaitForConfirmationAsync(before.UpdateId);
        await harness.StopAsync();

        // A week without updates: Telegram starts the ids again, far below the last confirmed one.
        Telegram.RestartUpdateIds(1);
        var after = Telegram.SendText(chat, user, "And who called whom?");
        var next = Telegram.SendText(chat, user, "And what did they discuss?");
        await harness.StartAsync();
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == next.MessageId));
        await Telegram.WaitForConfirmationAsync(next.UpdateId);

        Assert.Equal(1, after.UpdateId);
        Assert.Single(Telegram.RepliesTo(before));
        Assert.Single(Telegram.RepliesTo(after));
        Assert.Single(Telegram.RepliesTo(next));
        Assert.Equal(["When did Austin call?", "And who called whom?", "And what did they discuss?"], harness.Answerer.Requests.Select(r => r.Question).ToArray());
    }

    [Fact]
    public async Task Answer_AcceptedThenUnanswered_NotSentAgainAndLaterQuestionsAnswered()
    {
        harness.Settings["Telegram:RequestTimeout"] = "00:00:01";
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        Telegram.InjectFault("sendMessage", EmulatorFault.AcceptThenHang());

        var hung = Telegram.SendText(chat, user, "When did Austin call?");
        var next = Telegram.SendText(chat, user, "Who called whom?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == next.MessageId));
        await Telegram.WaitForConfirmationAsync(next.UpdateId);

        Assert.Single(Telegram.RepliesTo(hung));
        Assert.Equal(2, Telegram.Requests.Count(r => r.Method == "sendMessage"));
        Assert.Contains(harness.Logs.Logs, l => l.EventId.Id == 3024);
    }

    [Fact]
    public async Task StatePath_Relative_KeptUnderTheContentRootNotTheCurrentDirectory()
    {
        var relative = Path.Combine("relative-" + Guid.NewGuid().ToString("N"), "bot.db");
        harness.Settings["State:Path"] = relative;
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var question = Telegram.SendText(Telegram.PrivateChatWith(user), user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await harness.StopAsync();

        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(harness.StatePath)!, relative)));
        Assert.False(File.Exists(Path.GetFullPath(relative)));
    }

    [Fact]
    public async Task MalformedUpdate_IsSkippedAndLaterQuestionsAnswered()
    {
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var malformed = Telegram.EnqueueRawUpdate(new System.Text.Json.Nodes.JsonObject
        {
            ["message"] = new System.Text.Json.Nodes.JsonObject { ["message_id"] = "not a number", ["chat"] = "nor a chat" },
        });
        var question = Telegram.SendText(chat, user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));
        await Telegram.WaitForConfirmationAsync(question.UpdateId);

        Assert.True(Telegram.ConfirmedBelow > malformed);
        Assert.Single(Telegram.SentMessages);
    }

    [Fact]
    public async Task Webhook_Set_IsDeletedOnceAndQuestionsStillAnswered()
    {
        Telegram.SetWebhook("https://example.invalid/hook");
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        var question = Telegram.SendText(chat, user, "When did Austin call?");

        await harness.StartAsync();
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId));

        Assert.Null(Telegram.WebhookUrl);
        Assert.Single(Telegram.Requests, r => r.Method == "deleteWebhook");
        Assert.Contains(Telegram.Requests, r => r.Method == "getUpdates" && r.StatusCode == 409);
        Assert.Single(Telegram.RepliesTo(question));
    }

    [Fact]
    public async Task CosmeticCalls_Failing_NeverBlockTheAnswer()
    {
        Telegram.InjectFault("setMyCommands", EmulatorFault.Error(404, "Not Found"));
        Telegram.InjectFault("sendChatAction", EmulatorFault.SlowReply(TimeSpan.FromSeconds(20)));
        await harness.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);

        var question = Telegram.SendText(chat, user, "When did Austin call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId), TimeSpan.FromSeconds(10));

        Assert.Single(Telegram.RepliesTo(question));
        Assert.Contains(harness.Logs.Logs, l => l.EventId.Id == 3009 && l.Level == Microsoft.Extensions.Logging.LogLevel.Debug);
    }
}

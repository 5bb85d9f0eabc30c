using Bot.Testing.Telegram;

namespace Bot.Tests.Telegram;

/// <summary>
/// Group etiquette end to end, with privacy mode off so that every message reaches the bot and
/// silence is the bot's own choice.
/// </summary>
public sealed class GroupEtiquetteTests : IAsyncLifetime
{
    private TelegramBotHarness harness = null!;

    private TelegramBotApiEmulator Telegram => harness.Emulator;

    public async Task InitializeAsync()
    {
        harness = await TelegramBotHarness.CreateAsync();
        harness.Emulator.PrivacyMode = false;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("group")]
    [InlineData("supergroup")]
    public async Task Group_AddressedMessagesAnswered_ChatterIgnored(string kind)
    {
        await harness.StartAsync();
        var ana = Telegram.CreateUser("Ana");
        var budi = Telegram.CreateUser("Budi");
        var group = kind == "group" ? Telegram.CreateGroup("Newsroom") : Telegram.CreateSupergroup("Newsroom");
        var bot = "@" + Telegram.Bot.Username;

        var chatter = Telegram.SendText(group, ana, "Did anyone read the Kompas piece?");
        var otherBot = Telegram.SendText(group, budi, "/ask@SomeOtherBot when did Austin call?");
        var sticker = Telegram.SendSticker(group, ana);
        var ask = Telegram.SendText(group, ana, "/ask when did Austin last call Shoigu?");
        var askNamed = Telegram.SendText(group, budi, $"/ask{bot} kapan Austin menelepon Shoigu?");
        var mention = Telegram.SendText(group, ana, $"🙂 {bot} who started the call?");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == mention.MessageId));
        var botMessage = Telegram.RepliesTo(mention)[0];
        var reply = Telegram.SendText(group, budi, "And what did they discuss?", replyToMessageId: botMessage.MessageId);
        var replyToHuman = Telegram.SendText(group, ana, "I think Ukraine", replyToMessageId: reply.MessageId);
        await Telegram.WaitForConfirmationAsync(replyToHuman.UpdateId);

        foreach (var ignored in new[] { chatter, otherBot, sticker, replyToHuman })
        {
            Assert.Empty(Telegram.RepliesTo(ignored));
        }

        foreach (var answered in new[] { ask, askNamed, mention, reply })
        {
            Assert.Single(Telegram.RepliesTo(answered));
        }

        Assert.Equal(
            ["when did Austin last call Shoigu?", "kapan Austin menelepon Shoigu?", "🙂  who started the call?".Replace("  ", " ", StringComparison.Ordinal), "And what did they discuss?"],
            harness.Answerer.Requests.Select(r => r.Question).ToArray());
        Assert.Equal(4, Telegram.SentTo(group.Id).Count);
    }

    [Fact]
    public async Task Group_AskWithoutQuestion_GetsUsageHintNotAnAnswer()
    {
        await harness.StartAsync();
        var ana = Telegram.CreateUser("Ana");
        var group = Telegram.CreateSupergroup("Newsroom");

        var ask = Telegram.SendText(group, ana, "/ask");
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == ask.MessageId));

        Assert.Contains("/ask", Assert.Single(Telegram.RepliesTo(ask)).Text, StringComparison.Ordinal);
        Assert.Empty(harness.Answerer.Requests);
    }

    [Fact]
    public async Task ForumTopic_QuestionAnsweredInTheSameTopic()
    {
        await harness.StartAsync();
        var ana = Telegram.CreateUser("Ana");
        var forum = Telegram.CreateSupergroup("Desk", isForum: true);

        var ask = Telegram.SendText(forum, ana, "/ask when did Austin call?", messageThreadId: 77);
        await Telegram.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == ask.MessageId));

        Assert.Equal(77, Assert.Single(Telegram.RepliesTo(ask)).MessageThreadId);
    }

    [Fact]
    public async Task GroupUpgradedToSupergroup_AnswerFollowsIt()
    {
        var ana = Telegram.CreateUser("Ana");
        var group = Telegram.CreateGroup("Newsroom");
        EmulatedChat? supergroup = null;
        harness.Answerer.OnAnswer = (request, _) =>
        {
            supergroup = Telegram.MigrateToSupergroup(group);
            return Task.FromResult(ScriptedAnswerer.Cited(request.Question));
        };
        await harness.StartAsync();

        var ask = Telegram.SendText(group, ana, "/ask when did Austin call?");
        await Telegram.WaitForConfirmationAsync(ask.UpdateId);

        Assert.Empty(Telegram.SentTo(group.Id));
        var answer = Assert.Single(Telegram.SentTo(supergroup!.Id));
        Assert.StartsWith(ScriptedAnswerer.Cited(ask.Text!["/ask ".Length..]).Text, answer.Text, StringComparison.Ordinal);
    }
}

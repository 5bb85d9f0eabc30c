using Bot.Telegram.Updates;
using Bot.Telegram.Hosting;
using Bot.Telegram.Limits;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Tests.Updates;

public sealed class StreamedReplyTests
{
    private const long ChatId = 7;
    private const int QuestionId = 3;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.5);

    private readonly ManualTimeProvider time = new();
    private readonly RecordingBotClient client = new();
    private readonly TelegramOptions options = new() { BotToken = "1:x" };

    [Fact]
    public async Task ShowPartial_BeforeOneInterval_SendsNothing()
    {
        var reply = Reply();

        time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        await reply.ShowPartialAsync("Austin called", CancellationToken.None);

        Assert.Empty(client.Sent);
    }

    [Fact]
    public async Task ShowPartial_AfterOneInterval_SendsTheTextSoFarAsReplyToTheQuestion()
    {
        var reply = Reply();

        time.Advance(Interval);
        await reply.ShowPartialAsync("Austin called <Shoigu>", CancellationToken.None);

        var sent = Assert.Single(client.Sent);
        Assert.Equal(QuestionId, sent.ReplyParameters?.MessageId);
        Assert.Equal(ParseMode.Html, sent.ParseMode);
        Assert.StartsWith("Austin called &lt;Shoigu&gt;", sent.Text, StringComparison.Ordinal);
        Assert.NotEqual("Austin called &lt;Shoigu&gt;", sent.Text);
    }

    [Theory]
    [InlineData(1.5, 100, 6)]
    [InlineData(1.5, 50, 6)]
    [InlineData(3.0, 100, 3)]
    [InlineData(0.5, 1000, 10)]
    public async Task ShowPartial_TextGrowingEveryStep_OneMessageOrEditPerInterval(double intervalSeconds, int stepMs, int expected)
    {
        var interval = TimeSpan.FromSeconds(intervalSeconds);
        var reply = Reply(interval);
        var text = "Austin";

        // Ten seconds of a model writing a word every step (the last step is at exactly 10 s).
        for (var elapsed = 0; elapsed < 10_000; elapsed += stepMs)
        {
            time.Advance(TimeSpan.FromMilliseconds(stepMs));
            text += " word";
            await reply.ShowPartialAsync(text, CancellationToken.None);
        }

        Assert.Single(client.Sent);
        Assert.Equal(expected, client.Sent.Count + client.Edits.Count);
    }

    [Fact]
    public async Task ShowPartial_SameTextAfterAnInterval_NoEdit()
    {
        var reply = Reply();
        time.Advance(Interval);
        await reply.ShowPartialAsync("Austin called", CancellationToken.None);

        time.Advance(Interval * 3);
        await reply.ShowPartialAsync("Austin called ", CancellationToken.None);

        Assert.Single(client.Sent);
        Assert.Empty(client.Edits);
    }

    [Fact]
    public async Task ShowPartial_InGroupAtItsMessageLimit_SkipsEditsRatherThanWaiting()
    {
        options.MessagesPerMinutePerGroup = 20;
        var reply = Reply(TimeSpan.FromSeconds(1), isGroup: true);
        var text = "Austin";

        for (var second = 1; second <= 60; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            text += " word";
            await reply.ShowPartialAsync(text, CancellationToken.None);
        }

        // One message every three seconds at most: the group's 20 a minute.
        Assert.InRange(client.Sent.Count + client.Edits.Count, 2, 20);
    }

    [Fact]
    public async Task Finish_AfterPartials_EditsTheFirstMessageAndSendsTheRest()
    {
        var reply = Reply();
        time.Advance(Interval);
        await reply.ShowPartialAsync("Austin called", CancellationToken.None);

        var parts = await reply.FinishAsync(["Austin called [1].\n\n<b>Sources</b>", "[2] more"], CancellationToken.None);

        Assert.Equal(2, parts);
        Assert.Equal(2, client.Sent.Count);
        Assert.Equal("Austin called [1].\n\n<b>Sources</b>", Assert.Single(client.Edits).Text);
        Assert.Null(client.Sent[1].ReplyParameters);
        Assert.Equal("[2] more", client.Sent[1].Text);
    }

    [Fact]
    public async Task Finish_WithoutPartials_SendsEveryMessageWithoutEdits()
    {
        var reply = Reply();

        var parts = await reply.FinishAsync(["Austin called [1].", "[2] more"], CancellationToken.None);

        Assert.Equal(2, parts);
        Assert.Equal(2, client.Sent.Count);
        Assert.Equal(QuestionId, client.Sent[0].ReplyParameters?.MessageId);
        Assert.Empty(client.Edits);
    }

    [Fact]
    public async Task Finish_WithTheTextAlreadyShown_DoesNotEditAgain()
    {
        var reply = Reply();
        time.Advance(Interval);
        await reply.ShowPartialAsync("Austin called", CancellationToken.None);
        var shown = Assert.Single(client.Sent).Text;

        await reply.FinishAsync([shown], CancellationToken.None);

        Assert.Single(client.Sent);
        Assert.Empty(client.Edits);
    }

    private StreamedReply Reply(TimeSpan? interval = null, bool isGroup = false)
    {
        var limiter = new OutgoingMessageLimiter(Options.Create(options), time);
        var sender = new TelegramReplySender(client, limiter, NullLogger<TelegramReplySender>.Instance);
        return new StreamedReply(sender, ChatId, isGroup, null, QuestionId, interval ?? Interval, time, NullLogger.Instance);
    }
}

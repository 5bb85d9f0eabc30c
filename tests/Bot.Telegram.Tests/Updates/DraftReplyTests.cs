using Bot.Telegram.Hosting;
using Bot.Telegram.Limits;
using Bot.Telegram.Updates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Tests.Updates;

public sealed class DraftReplyTests
{
    private const long ChatId = 7;
    private const int QuestionId = 3;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private readonly ManualTimeProvider time = new();
    private readonly RecordingBotClient client = new();
    private readonly TelegramOptions options = new() { BotToken = "1:x" };

    [Fact]
    public async Task ShowPartial_BeforeThePlaceholder_NoDraft()
    {
        using var reply = Reply();

        time.Advance(Interval * 2);
        await reply.ShowPartialAsync("Austin called", CancellationToken.None);

        Assert.Empty(client.Drafts);
    }

    [Fact]
    public async Task Thinking_ThenText_PlaceholderGrowsWithTheSameDraftId()
    {
        using var reply = Reply();

        await reply.ShowThinkingAsync(CancellationToken.None);
        time.Advance(Interval);
        await reply.ShowPartialAsync("Austin called <Shoigu>", CancellationToken.None);

        Assert.Equal(["", "Austin called &lt;Shoigu&gt;"], client.Drafts.Select(d => d.Text));
        Assert.All(client.Drafts, d => Assert.Equal((ChatId, QuestionId, ParseMode.Html), (d.ChatId, d.DraftId, d.ParseMode)));
        Assert.Empty(client.Sent);
    }

    [Theory]
    [InlineData(300, 100, 10)]
    [InlineData(300, 50, 10)]
    [InlineData(1000, 100, 3)]
    public async Task ShowPartial_TextGrowingEveryStep_OneDraftPerInterval(int intervalMs, int stepMs, int expectedText)
    {
        using var reply = Reply(TimeSpan.FromMilliseconds(intervalMs));
        await reply.ShowThinkingAsync(CancellationToken.None);
        var text = "Austin";

        // Three seconds of a model writing a word every step.
        for (var elapsed = 0; elapsed < 3_000; elapsed += stepMs)
        {
            time.Advance(TimeSpan.FromMilliseconds(stepMs));
            text += " word";
            await reply.ShowPartialAsync(text, CancellationToken.None);
        }

        Assert.Equal(expectedText, client.Drafts.Count - 1);
    }

    [Fact]
    public async Task ShowPartial_SameText_NoNewDraft()
    {
        using var reply = Reply();
        await reply.ShowThinkingAsync(CancellationToken.None);
        time.Advance(Interval);
        await reply.ShowPartialAsync("Austin called", CancellationToken.None);

        time.Advance(Interval * 3);
        await reply.ShowPartialAsync("Austin called ", CancellationToken.None);

        Assert.Equal(2, client.Drafts.Count);
    }

    [Fact]
    public async Task Finish_SendsOneMessagePerPartReplyingToTheQuestion_AndNoDraftAfter()
    {
        using var reply = Reply();
        await reply.ShowThinkingAsync(CancellationToken.None);

        var parts = await reply.FinishAsync(["Austin called [1].", "[2] more"], CancellationToken.None);
        time.Advance(Interval * 3);
        await reply.ShowPartialAsync("late text", CancellationToken.None);

        Assert.Equal(2, parts);
        Assert.Equal(QuestionId, client.Sent[0].ReplyParameters?.MessageId);
        Assert.Null(client.Sent[1].ReplyParameters);
        Assert.Single(client.Drafts);
        Assert.Empty(client.Edits);
    }

    private DraftReply Reply(TimeSpan? interval = null)
    {
        var limiter = new OutgoingMessageLimiter(Options.Create(options), time);
        var sender = new TelegramReplySender(client, limiter, NullLogger<TelegramReplySender>.Instance);
        return new DraftReply(client, sender, new DraftSupport(), ChatId, null, QuestionId, interval ?? Interval, time, NullLogger.Instance);
    }
}

using Bot.Telegram.Hosting;
using Bot.Telegram.Limits;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Limits;

public sealed class OutgoingMessageLimiterTests
{
    private readonly ManualTimeProvider time = new();

    private OutgoingMessageLimiter Limiter() => new(Options.Create(new TelegramOptions { BotToken = "1:x" }), time);

    [Fact]
    public void Reserve_SameChatTwice_SecondWaitsOneSecond()
    {
        var limiter = Limiter();

        Assert.Equal(TimeSpan.Zero, limiter.Reserve(1, isGroup: false));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve(1, isGroup: false));
    }

    [Fact]
    public void Reserve_AfterASecond_NoWait()
    {
        var limiter = Limiter();
        limiter.Reserve(1, isGroup: false);

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, limiter.Reserve(1, isGroup: false));
    }

    [Fact]
    public void Reserve_GroupTwice_SecondWaitsThreeSeconds()
    {
        var limiter = Limiter();

        limiter.Reserve(-5, isGroup: true);

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.Reserve(-5, isGroup: true));
    }

    [Fact]
    public void Reserve_ManyChatsAtOnce_PacedAtThirtyASecond()
    {
        var limiter = Limiter();

        var waits = Enumerable.Range(1, 31).Select(chat => limiter.Reserve(chat, isGroup: false)).ToList();

        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.Equal(1.0, waits[30].TotalSeconds, precision: 6);
    }

    [Fact]
    public void TryReserve_SlotTaken_FalseAndTakesNothing()
    {
        var limiter = Limiter();
        Assert.True(limiter.TryReserve(1, isGroup: false));

        Assert.False(limiter.TryReserve(1, isGroup: false));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, limiter.Reserve(1, isGroup: false));
    }

    [Fact]
    public void TryReserve_GroupWithinItsMinuteLimit_FalseUntilThreeSecondsPassed()
    {
        var limiter = Limiter();
        Assert.True(limiter.TryReserve(-5, isGroup: true));

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(limiter.TryReserve(-5, isGroup: true));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(limiter.TryReserve(-5, isGroup: true));
    }
}

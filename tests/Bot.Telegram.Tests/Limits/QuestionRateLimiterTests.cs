using Bot.Telegram.Hosting;
using Bot.Telegram.Limits;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Limits;

public sealed class QuestionRateLimiterTests
{
    private readonly ManualTimeProvider time = new();

    [Fact]
    public void TryAsk_OverTheLimit_RefusedAndToldOnce()
    {
        var limiter = new QuestionRateLimiter(Options.Create(new TelegramOptions { MaxQuestionsPerMinute = 2 }), time);

        var results = Enumerable.Range(0, 4).Select(_ => limiter.TryAsk(1)).ToList();

        Assert.Equal([(true, false), (true, false), (false, true), (false, false)], results);
        Assert.Equal((true, false), limiter.TryAsk(2));
    }

    [Fact]
    public void TryAsk_AfterAMinute_AllowedAgain()
    {
        var limiter = new QuestionRateLimiter(Options.Create(new TelegramOptions { MaxQuestionsPerMinute = 1 }), time);
        limiter.TryAsk(1);

        time.Advance(TimeSpan.FromSeconds(59));
        var early = limiter.TryAsk(1);
        time.Advance(TimeSpan.FromSeconds(1));
        var later = limiter.TryAsk(1);

        Assert.False(early.Allowed);
        Assert.True(later.Allowed);
    }
}

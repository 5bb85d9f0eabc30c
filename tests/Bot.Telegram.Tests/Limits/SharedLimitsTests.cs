using Bot.State.Postgres;
using Bot.Telegram.Hosting;
using Bot.Telegram.Limits;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Limits;

/// <summary>Two replicas' limiters on one PostgreSQL database keep the bot's limits as one process would.</summary>
public sealed class SharedLimitsTests
{
    private static readonly IOptions<TelegramOptions> Settings = Options.Create(new TelegramOptions { BotToken = "1:x", MaxQuestionsPerMinute = 3 });

    [PostgresFact]
    public async Task OutgoingLimiter_ChatSlotTakenOnOneReplica_BusyOnTheOther()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);
        var first = new OutgoingMessageLimiter(Settings, TimeProvider.System, new PostgresRateBuckets(a));
        var second = new OutgoingMessageLimiter(Settings, TimeProvider.System, new PostgresRateBuckets(b));

        Assert.True(await first.TryReserveAsync(42, isGroup: false, default));
        Assert.False(await second.TryReserveAsync(42, isGroup: false, default));

        // Each process's own buckets alone would have let the second replica send at once.
        Assert.True(new OutgoingMessageLimiter(Settings, TimeProvider.System).TryReserve(42, isGroup: false));
    }

    [PostgresFact]
    public async Task QuestionLimiter_UserAsksOnThreeReplicas_LimitHoldsOverAllAndRefusalToldOnce()
    {
        await using var test = await TestDatabase.CreateAsync();
        var databases = Enumerable.Range(0, 3).Select(_ => new PostgresDatabase(test.ConnectionString)).ToList();
        var limiters = databases.Select(d => new QuestionRateLimiter(Settings, TimeProvider.System, new PostgresRateBuckets(d))).ToList();

        var results = new List<(bool Allowed, bool TellUser)>();
        for (var i = 0; i < 6; i++)
        {
            results.Add(await limiters[i % 3].TryAskAsync(7, default));
        }

        Assert.Equal(3, results.Count(r => r.Allowed));
        Assert.Equal(1, results.Count(r => r.TellUser));
        Assert.True((await limiters[0].TryAskAsync(8, default)).Allowed);
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }
}

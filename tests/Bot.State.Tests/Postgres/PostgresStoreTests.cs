using Bot.Core.Conversations;
using Bot.State.Limits;
using Bot.State.Postgres;
using Bot.Testing.Postgres;

namespace Bot.State.Tests.Postgres;

/// <summary>The PostgreSQL stores against a real server, each test in a schema of its own; two data sources play two replicas.</summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task Migrate_ManyReplicasAtOnceAndAgain_AppliesEachMigrationOnce()
    {
        await using var test = await TestDatabase.CreateAsync();
        var replicas = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(test.ConnectionString)).ToList();

        await Task.WhenAll(replicas.Select(r => r.MigrateAsync(default)));
        await using (var again = new PostgresDatabase(test.ConnectionString))
        {
            await again.MigrateAsync(default);
        }

        Assert.Equal((long)PostgresSchema.Migrations.Count, await test.ScalarAsync("SELECT count(*) FROM bot_schema_version"));
        Assert.Equal(PostgresSchema.Migrations.Count, await test.ScalarAsync("SELECT max(version) FROM bot_schema_version"));
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Migrate_DatabaseNewerThanTheBot_RefusesWithTheVersions()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        await database.MigrateAsync(default);
        await test.ScalarAsync($"INSERT INTO bot_schema_version (version) VALUES ({PostgresSchema.Migrations.Count + 1})");

        await using var older = new PostgresDatabase(test.ConnectionString);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => older.MigrateAsync(default));

        Assert.Contains("newer than this bot", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Check_ServerAway_NamesHostAndDatabaseWithoutThePassword()
    {
        await using var database = new PostgresDatabase("Host=127.0.0.1;Port=1;Database=nowhere;Username=bot;Password=s3cret-pw;Timeout=2");

        var problem = await database.CheckAsync(default);

        Assert.NotNull(problem);
        Assert.Contains("nowhere", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", problem, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task HandledUpdates_RecordedByOneReplica_KnownToAnotherByIdAndSubject()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);

        await new PostgresHandledUpdateStore(a).RecordHandledAsync(7, 1001, "Message:42:5", default);
        await new PostgresHandledUpdateStore(a).RecordHandledAsync(7, 1001, "Message:42:5", default);
        var other = new PostgresHandledUpdateStore(b);

        Assert.True(await other.WasHandledAsync(7, 1001, "Message:42:5", default));
        Assert.False(await other.WasHandledAsync(7, 1001, "Message:42:90", default));
        Assert.False(await other.WasHandledAsync(8, 1001, "Message:42:5", default));
    }

    [PostgresFact]
    public async Task HandledUpdates_BeyondTheCap_ForgetsTheOldestOfThatBotOnly()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        var store = new PostgresHandledUpdateStore(database, maxRecorded: 5);
        for (var id = 1; id <= 7; id++)
        {
            await store.RecordHandledAsync(7, id, "k", default);
        }

        await store.RecordHandledAsync(8, 1, "k", default);

        Assert.False(await store.WasHandledAsync(7, 2, "k", default));
        Assert.True(await store.WasHandledAsync(7, 3, "k", default));
        Assert.True(await store.WasHandledAsync(7, 7, "k", default));
        Assert.True(await store.WasHandledAsync(8, 1, "k", default));
    }

    [PostgresFact]
    public async Task ConversationMemory_TurnAppendedOnOneReplica_ReadOnAnotherOldestFirstAndCapped()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);
        var writer = new PostgresConversationMemory(a, turnsPerConversation: 2, maxTurns: 100);
        var at = new DateTimeOffset(2022, 10, 22, 8, 0, 0, TimeSpan.FromHours(7));
        for (var i = 1; i <= 3; i++)
        {
            await writer.AppendAsync("tg:1", Turn($"q{i}", at.AddMinutes(i)), default);
        }

        await writer.AppendAsync("tg:2", Turn("other", at), default);

        var turns = await new PostgresConversationMemory(b, 2, 100).RecentAsync("tg:1", 10, default);

        Assert.Equal(["q2", "q3"], turns.Select(t => t.Question));
        Assert.Equal(at.AddMinutes(3), turns[1].At);
        Assert.Equal([new DateOnly(2022, 10, 21)], turns[1].AnswerDates);
        Assert.Equal(["002_cf56", "003_ab"], turns[1].CitedArticles);
        Assert.True(turns[1].Answered);
    }

    [PostgresFact]
    public async Task ConversationMemory_OverTheGlobalCap_DropsTheOldestTurns()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        var memory = new PostgresConversationMemory(database, turnsPerConversation: 10, maxTurns: 3);
        for (var i = 1; i <= 5; i++)
        {
            await memory.AppendAsync($"tg:{i}", Turn($"q{i}", DateTimeOffset.UnixEpoch), default);
        }

        Assert.Empty(await memory.RecentAsync("tg:2", 10, default));
        Assert.Single(await memory.RecentAsync("tg:3", 10, default));
        Assert.Equal(3L, await test.ScalarAsync("SELECT count(*) FROM bot_conversation_turn"));
    }

    [PostgresFact]
    public async Task DigestPosts_ClaimThenIds_PostedOnceWithTheIds()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        var store = new PostgresDigestPostStore(database);

        await store.MarkPostedAsync("@news", "s1", ["a1", "a2"], [null], default);
        Assert.Equal(["a1", "a2"], (await store.PostedArticlesAsync("@news", default)).Order(StringComparer.Ordinal));
        Assert.Equal("?", await test.ScalarAsync("SELECT message_ids FROM bot_digest_posted_article WHERE article_id = 'a1'"));

        await store.MarkPostedAsync("@news", "s1", ["a1", "a2"], [11, null], default);
        Assert.Equal("11,?", await test.ScalarAsync("SELECT message_ids FROM bot_digest_posted_article WHERE article_id = 'a2'"));

        // Another story never takes over an article already posted with the first.
        await store.MarkPostedAsync("@news", "s2", ["a2"], [12], default);
        Assert.Equal("s1", await test.ScalarAsync("SELECT story_id FROM bot_digest_posted_article WHERE article_id = 'a2'"));
        Assert.Empty(await store.PostedArticlesAsync("@other", default));
    }

    [PostgresFact]
    public async Task DigestPosts_ForgetAfterAFailedSend_PostsAgain()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        var store = new PostgresDigestPostStore(database);
        await store.MarkPostedAsync("@news", "s1", ["a1"], [null], default);

        await store.ForgetAsync("@news", ["a1"], default);

        Assert.Empty(await store.PostedArticlesAsync("@news", default));
    }

    [PostgresFact]
    public async Task DigestLock_HeldByOneReplica_OtherSkipsUntilReleased()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);

        var held = await new PostgresDigestPostLock(a).TryAcquireAsync("@news", default);
        Assert.NotNull(held);
        Assert.Null(await new PostgresDigestPostLock(b).TryAcquireAsync("@news", default));
        await using (var otherChannel = await new PostgresDigestPostLock(b).TryAcquireAsync("@sport", default))
        {
            Assert.NotNull(otherChannel);
        }

        await held.DisposeAsync();
        await using var after = await new PostgresDigestPostLock(b).TryAcquireAsync("@news", default);
        Assert.NotNull(after);
    }

    [PostgresFact]
    public async Task RateBuckets_TwoReplicasRacing_ShareOneBudget()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);
        var replicas = new[] { new PostgresRateBuckets(a), new PostgresRateBuckets(b) };
        var bucket = new RateBucket("ask:1", PerSecond: 0.0001, Capacity: 5);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => replicas[i % 2].ReserveAsync([bucket], onlyIfFree: true, default)));

        Assert.Equal(5, results.Count(r => r is not null));
    }

    [PostgresFact]
    public async Task RateBuckets_Reserve_WaitsGrowByTheRateAndOnlyIfFreeTakesNothing()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        var buckets = new PostgresRateBuckets(database);
        var overall = new RateBucket("send:all", PerSecond: 0.01, Capacity: 1);
        var chat = new RateBucket("send:chat:5", PerSecond: 0.001, Capacity: 1);

        Assert.Equal(TimeSpan.Zero, await buckets.ReserveAsync([chat, overall], onlyIfFree: false, default));
        var second = await buckets.ReserveAsync([overall], onlyIfFree: false, default);
        Assert.InRange(second!.Value.TotalSeconds, 99, 100);

        // The chat bucket is empty, so nothing is taken from the overall one either.
        Assert.Null(await buckets.ReserveAsync([overall, chat], onlyIfFree: true, default));
        var third = await buckets.ReserveAsync([overall], onlyIfFree: false, default);
        Assert.InRange(third!.Value.TotalSeconds, 199, 200);
    }

    private static ConversationTurn Turn(string question, DateTimeOffset at) =>
        new(question, question + "?", "answer", true, [new DateOnly(2022, 10, 21)], ["002_cf56", "003_ab"], at);
}

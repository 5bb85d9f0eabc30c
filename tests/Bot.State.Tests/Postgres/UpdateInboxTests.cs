using Bot.State.Postgres;
using Bot.State.Sqlite;
using Bot.State.Updates;
using Bot.Testing.Postgres;

namespace Bot.State.Tests.Postgres;

/// <summary>The webhook inbox's rules on both providers: once per update id, chat order across replicas, leases that expire.</summary>
public sealed class UpdateInboxTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly StateFolder folder = new();

    public void Dispose() => folder.Dispose();

    [PostgresFact]
    public async Task Postgres_SameUpdateToTwoReplicas_AddedOnce()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);

        var added = await Task.WhenAll(new PostgresUpdateInbox(a).AddAsync(Update(1, chat: 5), default), new PostgresUpdateInbox(b).AddAsync(Update(1, chat: 5), default));

        Assert.Equal(1, added.Count(x => x));
    }

    [PostgresFact]
    public async Task Postgres_ChatOrderAcrossReplicas_OneAtATimeEarliestFirst()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);
        await ChatOrder(new PostgresUpdateInbox(a), new PostgresUpdateInbox(b));
    }

    [Fact]
    public async Task Sqlite_ChatOrder_OneAtATimeEarliestFirst()
    {
        var file = new SqliteStateFile(folder.File("bot.db"));
        await ChatOrder(new SqliteUpdateInbox(file, TimeProvider.System), new SqliteUpdateInbox(file, TimeProvider.System));
    }

    [PostgresFact]
    public async Task Postgres_LeaseExpired_AnotherReplicaTakesOverAndSeesTheSendStarted()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);
        await TakeOver(new PostgresUpdateInbox(a), new PostgresUpdateInbox(b), () => Task.Delay(50));
    }

    [Fact]
    public async Task Sqlite_LeaseExpired_TakenOverAndSeesTheSendStarted()
    {
        var file = new SqliteStateFile(folder.File("bot.db"));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var inbox = new SqliteUpdateInbox(file, time);
        await TakeOver(inbox, inbox, () =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return Task.CompletedTask;
        });
    }

    [PostgresFact]
    public async Task Postgres_PruneAfterHandled_ForgetsOnlyOldHandledUpdates()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        var inbox = new PostgresUpdateInbox(database);
        await inbox.AddAsync(Update(1, chat: 5), default);
        await inbox.AddAsync(Update(2, chat: 6), default);
        var claim = await inbox.ClaimNextAsync(7, 5, "a", Lease, default);
        await inbox.CompleteAsync(claim!.Update, "a", "answered", default);

        Assert.Equal(0, await inbox.PruneAsync(TimeSpan.FromHours(1), default));
        Assert.Equal(1, await inbox.PruneAsync(TimeSpan.Zero, default));
        Assert.Equal(1L, await test.ScalarAsync("SELECT count(*) FROM bot_update_inbox"));
    }

    private static async Task ChatOrder(IUpdateInbox a, IUpdateInbox b)
    {
        Assert.True(await a.AddAsync(Update(10, chat: 5), default));
        Assert.True(await b.AddAsync(Update(11, chat: 5), default));
        Assert.True(await b.AddAsync(Update(12, chat: 6), default));
        Assert.False(await a.AddAsync(Update(11, chat: 5), default));

        var first = await b.ClaimNextAsync(7, 5, "b", Lease, default);
        Assert.Equal(10, first!.Update.UpdateId);
        Assert.Equal(1, first.Attempt);

        // The chat's next update waits for the first, whichever replica asks; other chats do not.
        Assert.Null(await a.ClaimNextAsync(7, 5, "a", Lease, default));
        Assert.Equal(12, (await a.ClaimNextAsync(7, 6, "a", Lease, default))!.Update.UpdateId);

        await b.CompleteAsync(first.Update, "b", "answered", default);
        var second = await a.ClaimNextAsync(7, 5, "a", Lease, default);
        Assert.Equal(11, second!.Update.UpdateId);
        Assert.Contains("\"update_id\":11", second.Update.Payload, StringComparison.Ordinal);
        await a.CompleteAsync(second.Update, "a", "answered", default);
        Assert.Null(await b.ClaimNextAsync(7, 5, "b", Lease, default));
    }

    private static async Task TakeOver(IUpdateInbox a, IUpdateInbox b, Func<Task> letLeaseExpire)
    {
        await a.AddAsync(Update(20, chat: 5), default);
        await a.AddAsync(Update(21, chat: 8), default);
        var claim = await a.ClaimNextAsync(7, 5, "a", TimeSpan.FromMilliseconds(1), default);
        await a.MarkSendStartedAsync(claim!.Update, "a", default);
        Assert.DoesNotContain(8L, await b.StalledChatsAsync(7, TimeSpan.FromHours(1), default));

        await letLeaseExpire();

        Assert.Contains(5L, await b.StalledChatsAsync(7, TimeSpan.FromHours(1), default));
        Assert.Contains(8L, await b.StalledChatsAsync(7, TimeSpan.Zero, default));
        var taken = await b.ClaimNextAsync(7, 5, "b", Lease, default);
        Assert.Equal(2, taken!.Attempt);
        Assert.True(taken.SendStarted);

        // The first owner's late completion no longer counts.
        await a.CompleteAsync(claim.Update, "a", "answered", default);
        Assert.False(await a.RenewAsync(claim.Update, "a", Lease, default));
        Assert.True(await b.RenewAsync(taken.Update, "b", Lease, default));
    }

    private static InboxUpdate Update(long id, long chat) =>
        new(7, id, $"Message:{chat}:{id}", chat, "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}}}");
}

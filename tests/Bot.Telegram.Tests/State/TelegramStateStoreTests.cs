using Bot.Telegram.Hosting;
using Bot.Telegram.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.State;

public sealed class TelegramStateStoreTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "tg-state-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(directory, "nested", "bot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task RecordHandled_ThenNewStore_KnowsTheUpdateByIdAndSubject()
    {
        await Store().RecordHandledAsync(7, 1001, "Message:42:5", CancellationToken.None);

        Assert.True(await Store().WasHandledAsync(7, 1001, "Message:42:5", CancellationToken.None));
        Assert.False(await Store().WasHandledAsync(8, 1001, "Message:42:5", CancellationToken.None));
        Assert.False(await Store().WasHandledAsync(7, 1002, "Message:42:5", CancellationToken.None));
    }

    [Fact]
    public async Task WasHandled_SameIdAboutAnotherMessage_IsNew()
    {
        // Ids restart at random after a week without updates: an old id can come back on a new update.
        await Store().RecordHandledAsync(7, 3, "Message:42:5", CancellationToken.None);

        Assert.False(await Store().WasHandledAsync(7, 3, "Message:42:90", CancellationToken.None));
    }

    [Fact]
    public async Task RecordHandled_BeyondTheCap_ForgetsTheOldest()
    {
        var store = new TelegramStateStore(Options.Create(new StateOptions { Path = DatabasePath }), maxRecorded: 5);
        for (var id = 1; id <= 7; id++)
        {
            await store.RecordHandledAsync(7, id, "k", CancellationToken.None);
        }

        await store.RecordHandledAsync(8, 1, "k", CancellationToken.None);

        Assert.False(await store.WasHandledAsync(7, 1, "k", CancellationToken.None));
        Assert.False(await store.WasHandledAsync(7, 2, "k", CancellationToken.None));
        Assert.True(await store.WasHandledAsync(7, 3, "k", CancellationToken.None));
        Assert.True(await store.WasHandledAsync(7, 7, "k", CancellationToken.None));
        Assert.True(await store.WasHandledAsync(8, 1, "k", CancellationToken.None));
    }

    [Fact]
    public async Task StateFile_SharedWithOtherTables_BothKeepTheirData()
    {
        await using (var other = new SqliteConnection(TelegramStateStore.ConnectionStringFor(DatabasePath)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE IF NOT EXISTS digest_posted (article TEXT PRIMARY KEY); INSERT INTO digest_posted VALUES ('a1');";
            await create.ExecuteNonQueryAsync();
        }

        await Store().RecordHandledAsync(7, 42, "k", CancellationToken.None);

        await using var check = new SqliteConnection(TelegramStateStore.ConnectionStringFor(DatabasePath));
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM digest_posted";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        Assert.True(await Store().WasHandledAsync(7, 42, "k", CancellationToken.None));
    }

    private TelegramStateStore Store() => new(Options.Create(new StateOptions { Path = DatabasePath }));
}

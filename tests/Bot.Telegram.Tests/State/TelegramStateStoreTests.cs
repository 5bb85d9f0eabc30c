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
    public async Task Save_ThenNewStore_ReadsTheSameProgress()
    {
        await Store().SaveLastHandledUpdateIdAsync(7, 1001, CancellationToken.None);

        Assert.Equal(1001, await Store().GetLastHandledUpdateIdAsync(7, CancellationToken.None));
        Assert.Null(await Store().GetLastHandledUpdateIdAsync(8, CancellationToken.None));
    }

    [Fact]
    public async Task Save_OlderId_NeverMovesBackwards()
    {
        var store = Store();
        await store.SaveLastHandledUpdateIdAsync(7, 1005, CancellationToken.None);
        await store.SaveLastHandledUpdateIdAsync(7, 1003, CancellationToken.None);

        Assert.Equal(1005, await store.GetLastHandledUpdateIdAsync(7, CancellationToken.None));
    }

    [Fact]
    public async Task HandledOutOfOrder_ForgottenOnceTheWatermarkPassesThem()
    {
        var store = Store();
        await store.SaveHandledOutOfOrderAsync(7, 12, CancellationToken.None);
        await store.SaveHandledOutOfOrderAsync(7, 15, CancellationToken.None);
        await store.SaveHandledOutOfOrderAsync(8, 13, CancellationToken.None);
        var before = await Store().GetHandledAboveAsync(7, 10, CancellationToken.None);

        await store.SaveLastHandledUpdateIdAsync(7, 12, CancellationToken.None);
        var after = await Store().GetHandledAboveAsync(7, long.MinValue, CancellationToken.None);

        Assert.Equal([12L, 15L], before.Order());
        Assert.Equal([15L], after);
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

        await Store().SaveLastHandledUpdateIdAsync(7, 42, CancellationToken.None);

        await using var check = new SqliteConnection(TelegramStateStore.ConnectionStringFor(DatabasePath));
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM digest_posted";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        Assert.Equal(42, await Store().GetLastHandledUpdateIdAsync(7, CancellationToken.None));
    }

    private TelegramStateStore Store() => new(Options.Create(new StateOptions { Path = DatabasePath }));
}

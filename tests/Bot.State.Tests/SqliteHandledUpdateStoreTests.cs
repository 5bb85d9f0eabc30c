using Bot.State.Sqlite;

namespace Bot.State.Tests;

public sealed class SqliteHandledUpdateStoreTests : IDisposable
{
    private readonly StateFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task RecordHandled_ThenNewStore_KnowsTheUpdateByIdAndSubject()
    {
        await Store().RecordHandledAsync(7, 1001, "Message:42:5", default);

        Assert.True(await Store().WasHandledAsync(7, 1001, "Message:42:5", default));
        Assert.False(await Store().WasHandledAsync(8, 1001, "Message:42:5", default));
        Assert.False(await Store().WasHandledAsync(7, 1002, "Message:42:5", default));
    }

    [Fact]
    public async Task WasHandled_SameIdAboutAnotherMessage_IsNew()
    {
        // Ids restart at random after a week without updates: an old id can come back on a new update.
        await Store().RecordHandledAsync(7, 3, "Message:42:5", default);

        Assert.False(await Store().WasHandledAsync(7, 3, "Message:42:90", default));
    }

    [Fact]
    public async Task RecordHandled_BeyondTheCap_ForgetsTheOldestOfThatBotOnly()
    {
        var store = new SqliteHandledUpdateStore(File(), TimeProvider.System, maxRecorded: 5);
        for (var id = 1; id <= 7; id++)
        {
            await store.RecordHandledAsync(7, id, "k", default);
        }

        await store.RecordHandledAsync(8, 1, "k", default);

        Assert.False(await store.WasHandledAsync(7, 1, "k", default));
        Assert.False(await store.WasHandledAsync(7, 2, "k", default));
        Assert.True(await store.WasHandledAsync(7, 3, "k", default));
        Assert.True(await store.WasHandledAsync(7, 7, "k", default));
        Assert.True(await store.WasHandledAsync(8, 1, "k", default));
    }

    private SqliteStateFile File() => new(folder.File("nested", "bot.db"));

    private SqliteHandledUpdateStore Store() => new(File(), TimeProvider.System);
}

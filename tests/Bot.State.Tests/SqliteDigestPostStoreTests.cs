using Bot.State.Sqlite;
using Microsoft.Data.Sqlite;

namespace Bot.State.Tests;

public sealed class SqliteDigestPostStoreTests : IDisposable
{
    private readonly StateFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task MarkPosted_ThenNewStore_ArticlesPostedToThatChannelOnly()
    {
        await Store().MarkPostedAsync("@news", "story-1", ["a1", "a2"], [11], default);

        Assert.Equal(["a1", "a2"], (await Store().PostedArticlesAsync("@news", default)).Order());
        Assert.Empty(await Store().PostedArticlesAsync("@other", default));
    }

    [Fact]
    public async Task MarkPosted_DeliveredUnconfirmed_PostedWithTheMessageIdUnknown()
    {
        await Store().MarkPostedAsync("@news", "story-1", ["a1"], [11, null], default);

        Assert.Contains("a1", await Store().PostedArticlesAsync("@news", default));
        await using var connection = new SqliteConnection(File().ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_ids FROM digest_posted_article WHERE article_id = 'a1'";
        Assert.Equal("11,?", await command.ExecuteScalarAsync());
    }

    private SqliteStateFile File() => new(folder.File("bot.db"));

    private SqliteDigestPostStore Store() => new(File(), TimeProvider.System);
}

using Bot.Core.Conversations;
using Bot.State.Sqlite;
using Microsoft.Data.Sqlite;

namespace Bot.State.Tests;

public sealed class SqliteConversationMemoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bot-state-").FullName;

    private string DatabasePath => Path.Combine(_directory, "state", "bot.db");

    [Fact]
    public async Task AppendAsync_ThenRecent_RoundTripsTheTurn()
    {
        var memory = new SqliteConversationMemory(new SqliteStateFile(DatabasePath), 10, 100);
        var turn = new ConversationTurn(
            "And before that?",
            "When did Austin last call Shoigu before 21 October 2022?",
            "On 13 May 2022 [1].",
            true,
            [new DateOnly(2022, 5, 13)],
            ["000_084d38799ffd8e70", "001_8768344d75db6feb"],
            new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

        await memory.AppendAsync("telegram:42", turn, default);

        var stored = Assert.Single(await memory.RecentAsync("telegram:42", 5, default));
        Assert.Equal(turn with { AnswerDates = stored.AnswerDates, CitedArticles = stored.CitedArticles }, stored);
        Assert.Equal(turn.AnswerDates, stored.AnswerDates);
        Assert.Equal(turn.CitedArticles, stored.CitedArticles);
    }

    [Fact]
    public async Task AppendAsync_OverTheCaps_KeepsTheNewestTurns()
    {
        var memory = new SqliteConversationMemory(new SqliteStateFile(DatabasePath), turnsPerConversation: 3, maxTurns: 5);
        for (var i = 1; i <= 6; i++)
        {
            await memory.AppendAsync("a", Turn("a" + i), default);
        }

        for (var i = 1; i <= 3; i++)
        {
            await memory.AppendAsync("b", Turn("b" + i), default);
        }

        Assert.Equal(["a5", "a6"], (await memory.RecentAsync("a", 10, default)).Select(t => t.Question));
        Assert.Equal(["b1", "b2", "b3"], (await memory.RecentAsync("b", 10, default)).Select(t => t.Question));
        Assert.Equal(5L, await CountRowsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection("Data Source=" + DatabasePath);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM conversation_turns";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static ConversationTurn Turn(string question) => new(question, question, "answer", true, [], [], DateTimeOffset.UnixEpoch);
}

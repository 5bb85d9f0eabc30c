using Bot.Core.Conversations;

namespace Bot.Core.Tests.Conversations;

public sealed class InMemoryConversationMemoryTests
{
    [Fact]
    public async Task RecentAsync_ReturnsLatestTurnsOldestFirst_CappedPerConversation()
    {
        var memory = new InMemoryConversationMemory(turnsPerConversation: 3, conversations: 10);
        for (var i = 1; i <= 5; i++)
        {
            await memory.AppendAsync("a", Turn("q" + i), default);
        }

        Assert.Equal(["q4", "q5"], (await memory.RecentAsync("a", 2, default)).Select(t => t.Question));
        Assert.Equal(["q3", "q4", "q5"], (await memory.RecentAsync("a", 10, default)).Select(t => t.Question));
        Assert.Empty(await memory.RecentAsync("b", 10, default));
    }

    [Fact]
    public async Task AppendAsync_TooManyConversations_ForgetsTheLeastRecentlyActive()
    {
        var memory = new InMemoryConversationMemory(turnsPerConversation: 3, conversations: 2);
        await memory.AppendAsync("a", Turn("a1"), default);
        await memory.AppendAsync("b", Turn("b1"), default);
        await memory.AppendAsync("a", Turn("a2"), default);
        await memory.AppendAsync("c", Turn("c1"), default);

        Assert.Empty(await memory.RecentAsync("b", 10, default));
        Assert.Equal(2, (await memory.RecentAsync("a", 10, default)).Count);
        Assert.Single(await memory.RecentAsync("c", 10, default));
    }

    private static ConversationTurn Turn(string question) => new(question, question, "answer", true, [], [], DateTimeOffset.UnixEpoch);
}

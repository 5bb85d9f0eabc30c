using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Testing.OpenAi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ai;

/// <summary>With Ai:ArticleSearchTool the model may search the articles again through the articles.search Kernel plugin.</summary>
public sealed class ArticleSearchToolTests : IAsyncLifetime
{
    private const string Question = "When did Austin last call Shoigu, and when was the first call?";

    private readonly string _contentRoot = ChatModelHost.NewContentRoot();
    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenAiCompatibleServer.StartAsync();

        // The model searches once, then answers citing the prompt's passage [1], the found one [2] and one it was never given [9].
        _server.ToolCall = request => request.Messages.Any(m => m.Role == "tool") ? null : new ToolCallReply("articles_search", """{"query":"Austin Shoigu first call May"}""");
        _server.Reply = request => request.Messages.Any(m => m.Role == "tool")
            ? "The last call was on Friday, 21 October 2022 [1]; the first on Friday, 13 May 2022 [2] [9]."
            : "unused";
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task AnswerAsync_ModelSearchesAgain_CitesTheFoundPassageAndNothingItWasNotGiven()
    {
        await using var host = await StartAsync(("Ai:ArticleSearchTool", "true"));

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal(2, _server.ChatRequests.Count);
        Assert.Equal(["articles_search"], _server.ChatRequests[0].Tools);
        var toolResult = _server.ChatRequests[1].Messages.Single(m => m.Role == "tool").Content;
        Assert.Contains("<passage n=\"2\">", toolResult, StringComparison.Ordinal);
        Assert.Contains(AiFixtures.MayCall.Sentences[0], toolResult, StringComparison.Ordinal);
        Assert.DoesNotContain(AiFixtures.MayCall.Sentences[0], _server.ChatRequests[1].System, StringComparison.Ordinal);
        Assert.Empty(_server.RejectedRequests);
        Assert.Equal("chat:test-model", answer.Engine);
        Assert.DoesNotContain("[9]", answer.Text, StringComparison.Ordinal);
        Assert.Equal([AiFixtures.October.Id, AiFixtures.May.Id], answer.Citations.Select(c => c.Article));
        Assert.Equal(AiFixtures.MayCall.Sentences[0], answer.Citations[1].Quote);
    }

    [Fact]
    public async Task AnswerStreamingAsync_ModelSearchesAgain_EndsWithTheFoundPassageCited()
    {
        await using var host = await StartAsync(("Ai:ArticleSearchTool", "true"));
        var streaming = host.Host.Services.GetRequiredService<IStreamingAnswerer>();

        Answer? final = null;
        await foreach (var update in streaming.AnswerStreamingAsync(new AnswerRequest(Question), default))
        {
            final = update.Final ?? final;
        }

        Assert.True(_server.ChatRequests.All(r => r.Stream));
        Assert.Equal([AiFixtures.October.Id, AiFixtures.May.Id], final!.Citations.Select(c => c.Article));
    }

    [Fact]
    public async Task AnswerAsync_ToolNotEnabled_OffersNoTools()
    {
        _server.EnqueueReply("On Friday, 21 October 2022 [1].");
        await using var host = await StartAsync();

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Empty(Assert.Single(_server.ChatRequests).Tools);
        Assert.Equal(AiFixtures.October.Id, Assert.Single(answer.Citations).Article);
    }

    private Task<ChatModelHost> StartAsync(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _server.Endpoint.ToString(),
            ["Ai:ChatModel"] = "test-model",
            ["Ai:MaxRetries"] = "0",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return ChatModelHost.StartAsync(_contentRoot, settings);
    }
}

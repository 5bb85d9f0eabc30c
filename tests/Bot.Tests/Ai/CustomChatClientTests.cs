using Bot.Ai;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Ai;

public sealed class CustomChatClientTests : IDisposable
{
    private readonly string _contentRoot = ChatModelHost.NewContentRoot();

    [Fact]
    public async Task AddChatModel_ChatClientRegisteredBefore_IsUsedWithoutAnOpenAiEndpoint()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ai:ChatModel"] = "my-model",
            ["State:Path"] = Path.Combine(_contentRoot, "state", "bot.db"),
        });
        var fixtures = new AiFixtures();
        builder.Services.AddSingleton<IArticleCatalog>(fixtures);
        builder.Services.AddSingleton<IPassageRetriever>(fixtures);
        builder.Services.AddSingleton<IAnswerer>(fixtures);
        builder.Services.AddSingleton<IChatClient>(new EchoChatClient());
        builder.Services.AddChatModel(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();

        var answer = await host.Services.GetRequiredService<IAnswerer>().AnswerAsync(new AnswerRequest("When did Austin last call Shoigu?"), default);

        Assert.Equal("chat:my-model", answer.Engine);
        Assert.Equal("From the custom client [1].", answer.Text);
        await host.StopAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    /// <summary>Any IChatClient, e.g. a Semantic Kernel connector; this one answers one fixed cited sentence.</summary>
    private sealed class EchoChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "From the custom client [1].")));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

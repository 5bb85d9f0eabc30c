using Bot.Core.Embeddings;
using Bot.Testing.OpenAi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ai;

public sealed class EmbeddingTests : IAsyncLifetime
{
    private readonly string _contentRoot = ChatModelHost.NewContentRoot();
    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAiCompatibleServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task GenerateAsync_ThroughOpenAiServer_ReturnsTheServersVectorsInBatches()
    {
        string[] texts = ["Austin menelepon Shoigu.", "Jumat (21/10/2022).", "13 Mei.", "Ukraina.", "Pentagon."];
        await using var host = await StartAsync();
        var generator = host.Host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var embeddings = await generator.GenerateAsync(texts);

        Assert.Equal(3, _server.EmbeddingRequests.Count);
        Assert.All(_server.EmbeddingRequests, r => Assert.Equal("test-embed", r.Model));
        Assert.Equal(texts, _server.EmbeddingRequests.SelectMany(r => r.Inputs));
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(OpenAiCompatibleServer.VectorOf(texts[i], _server.EmbeddingDimensions), embeddings[i].Vector.ToArray());
        }
    }

    [Fact]
    public async Task GenerateAsync_AfterRestart_ServesCachedVectorsWithoutRequests()
    {
        string[] texts = ["Austin menelepon Shoigu.", "Jumat (21/10/2022)."];
        await using (var host = await StartAsync())
        {
            await host.Host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(texts);
        }

        var requestsBefore = _server.EmbeddingRequests.Count;
        await using var restarted = await StartAsync();
        var generator = restarted.Host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embeddings = await generator.GenerateAsync([texts[1], "Baru.", texts[0]]);

        var newRequest = Assert.Single(_server.EmbeddingRequests.Skip(requestsBefore));
        Assert.Equal(["Baru."], newRequest.Inputs);
        Assert.Equal(OpenAiCompatibleServer.VectorOf(texts[1], _server.EmbeddingDimensions), embeddings[0].Vector.ToArray());
        Assert.Equal(OpenAiCompatibleServer.VectorOf("Baru.", _server.EmbeddingDimensions), embeddings[1].Vector.ToArray());
        Assert.Equal(OpenAiCompatibleServer.VectorOf(texts[0], _server.EmbeddingDimensions), embeddings[2].Vector.ToArray());
    }

    [Fact]
    public async Task GenerateAsync_TornCacheFile_KeepsTheWholeRecords()
    {
        var cache = Path.Combine(_contentRoot, "cache");
        var first = new DiskCachedEmbeddingGenerator(new ServerGenerator(_server), cache, "m");
        await first.GenerateAsync(["a", "b"]);
        await using (var stream = new FileStream(first.CacheFile, FileMode.Append))
        {
            stream.Write([1, 2, 3]);
        }

        var requestsBefore = _server.EmbeddingRequests.Count;
        var second = new DiskCachedEmbeddingGenerator(new ServerGenerator(_server), cache, "m");
        await second.GenerateAsync(["b", "a"]);

        Assert.Equal(requestsBefore, _server.EmbeddingRequests.Count);
    }

    private Task<ChatModelHost> StartAsync() => ChatModelHost.StartAsync(_contentRoot, new Dictionary<string, string?>
    {
        ["Ai:Endpoint"] = _server.Endpoint.ToString(),
        ["Ai:EmbeddingModel"] = "test-embed",
        ["Ai:EmbeddingBatchSize"] = "2",
        ["Ai:MaxRetries"] = "0",
    });

    /// <summary>The real client against the test server, without a host.</summary>
    private sealed class ServerGenerator(OpenAiCompatibleServer server) : DelegatingEmbeddingGenerator<string, Embedding<float>>(
        new OpenAI.OpenAIClient(new System.ClientModel.ApiKeyCredential("k"), new OpenAI.OpenAIClientOptions { Endpoint = server.Endpoint })
            .GetEmbeddingClient("m")
            .AsIEmbeddingGenerator());
}

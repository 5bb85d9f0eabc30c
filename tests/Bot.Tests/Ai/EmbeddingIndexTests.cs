using System.Text.Json;
using Bot.Testing.OpenAi;
using Bot.Tests.Commands;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Ai;

/// <summary>With Ai:EmbeddingModel the real program indexes passages with the model's vectors, cached on disk.</summary>
public sealed class EmbeddingIndexTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _state = new();
    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAiCompatibleServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public void Dispose() => _state.Dispose();

    private Task<BotRun> AskAsync() => BotRun.RunAsync(
        "ask",
        "--json",
        "Berapa total bantuan pemerintahan Biden kepada Kyiv?",
        $"--Articles:Path={BotRun.ArticlesFolder}",
        $"--State:Path={Path.Combine(_state.Path, "bot.db")}",
        $"--Ai:EmbeddingCachePath={Path.Combine(_state.Path, "embeddings")}",
        $"--Ai:Endpoint={_server.Endpoint}",
        "--Ai:EmbeddingModel=test-embed",
        "--Ai:MaxRetries=0");

    [Fact]
    public async Task Ask_WithEmbeddingModel_EmbedsPassagesAndStillAnswers()
    {
        var run = await AskAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonDocument.Parse(run.Output).RootElement.GetProperty("answered").GetBoolean());
        var inputs = _server.EmbeddingRequests.SelectMany(r => r.Inputs).ToList();
        Assert.Contains(inputs, i => i.Contains("17 miliar", StringComparison.Ordinal));
        Assert.All(_server.EmbeddingRequests, r => Assert.Equal("test-embed", r.Model));
    }

    [Fact]
    public async Task Ask_SecondRun_ReusesTheDiskCacheInsteadOfReembedding()
    {
        await AskAsync();
        var before = _server.EmbeddingRequests.Count;

        var run = await AskAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, _server.EmbeddingRequests.Count);
    }
}

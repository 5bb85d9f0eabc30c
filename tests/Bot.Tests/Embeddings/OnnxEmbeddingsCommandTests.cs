using System.Text.Json;
using Bot.Bench.Embeddings;
using Bot.Tests.Commands;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Embeddings;

/// <summary>With Ai:Embeddings:OnnxModelPath the real program indexes with the local model's vectors, cached on disk.</summary>
public sealed class OnnxEmbeddingsCommandTests : IDisposable
{
    private readonly TempFolder _state = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _state.Dispose();
    }

    private Task<BotRun> AskAsync(params string[] extra)
    {
        var model = PackagedArcticModel.Options();
        return BotRun.RunAsync(
        [
            "ask",
            "--json",
            "When did Austin last call Shoigu?",
            $"--Articles:Path={BotRun.ArticlesFolder}",
            $"--State:Path={Path.Combine(_state.Path, "bot.db")}",
            $"--Ai:EmbeddingCachePath={Path.Combine(_state.Path, "embeddings")}",
            $"--Ai:Embeddings:OnnxModelPath={model.OnnxModelPath}",
            "--Ai:Embeddings:Pooling=Cls",
            $"--Ai:Embeddings:QueryPrefix={model.QueryPrefix}",
            .. extra,
        ]);
    }

    [Fact]
    public async Task Ask_WithOnnxModel_AnswersAndCachesThePassageVectors()
    {
        var run = await AskAsync();

        Assert.Equal(0, run.ExitCode);
        var answer = JsonDocument.Parse(run.Output).RootElement;
        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Contains("21 October 2022", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var cache = Assert.Single(Directory.GetFiles(Path.Combine(_state.Path, "embeddings")));
        Assert.StartsWith("onnx-model-", Path.GetFileName(cache), StringComparison.Ordinal);

        // 53 passages and the question, each a 32-byte hash, a length and 384 floats.
        Assert.True(new FileInfo(cache).Length >= 54 * (32 + 4 + (384 * 4)), $"cache holds {new FileInfo(cache).Length} bytes");
    }

    [Fact]
    public async Task Ask_WithAMissingModelFile_NamesTheKeyAndExitsWith1()
    {
        var run = await BotRun.RunAsync(
            "ask",
            "When did Austin last call Shoigu?",
            $"--Articles:Path={BotRun.ArticlesFolder}",
            $"--State:Path={Path.Combine(_state.Path, "bot.db")}",
            $"--Ai:Embeddings:OnnxModelPath={Path.Combine(_state.Path, "missing.onnx")}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Ai:Embeddings:OnnxModelPath", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithBothARemoteAndALocalModel_RefusesTheConfiguration()
    {
        var run = await AskAsync("--Ai:EmbeddingModel=text-embedding-3-small", "--Ai:Endpoint=http://127.0.0.1:9/v1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not both", run.Error, StringComparison.Ordinal);
    }
}

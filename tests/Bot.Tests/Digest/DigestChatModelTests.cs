using Bot.Testing.OpenAi;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Digest;

/// <summary>With Ai:ChatModel the digest's story summaries are written by the model, verified, and fall back to the extractive summary.</summary>
public sealed class DigestChatModelTests : IAsyncLifetime
{
    private const string ModelHeadline = "Ministers talk again by phone";

    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAiCompatibleServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private Task<Commands.BotRun> DryRunAsync(DigestRun run, bool withModel) => withModel
        ? run.RunAsync("--dry-run", "--Digest:Language=en", $"--Ai:Endpoint={_server.Endpoint}", "--Ai:ChatModel=test-model", "--Ai:MaxRetries=0")
        : run.RunAsync("--dry-run", "--Digest:Language=en");

    [Fact]
    public async Task DryRun_ModelSummaryWithValidMarkers_IsPrintedWithItsSources()
    {
        await using var run = await DigestRun.CreateAsync();
        _server.Reply = _ => ModelHeadline + "\nThe two defence ministers spoke by phone on Friday 21 October 2022 [1]. Both sides discussed the war in Ukraine [1].";

        var result = await DryRunAsync(run, withModel: true);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(ModelHeadline, result.Output, StringComparison.Ordinal);
        Assert.Contains("spoke by phone on Friday 21 October 2022. [1]", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sources:", result.Output, StringComparison.Ordinal);
        Assert.Contains("[1] ", result.Output, StringComparison.Ordinal);
        var request = Assert.IsType<CapturedChatRequest>(_server.ChatRequests[0]);
        Assert.Contains("Write in English", request.System, StringComparison.Ordinal);
        Assert.Contains("<article n=\"1\">", request.LastUser, StringComparison.Ordinal);
        Assert.Empty(run.Emulator.SentMessages);
    }

    [Fact]
    public async Task DryRun_MarkersToArticlesNotGiven_AreDropped()
    {
        await using var run = await DigestRun.CreateAsync();
        _server.Reply = _ => ModelHeadline + "\nThe ministers spoke by phone [1][42]. They did not agree [57].";

        var result = await DryRunAsync(run, withModel: true);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The ministers spoke by phone. [1]", result.Output, StringComparison.Ordinal);
        // A sentence left without a valid marker is not posted.
        Assert.DoesNotContain("They did not agree", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[42]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[57]", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OpenAiFault.None)]
    [InlineData(OpenAiFault.ServerError)]
    [InlineData(OpenAiFault.MalformedJson)]
    public async Task DryRun_UncitedSummaryOrModelFault_FallsBackToTheExtractiveSummary(OpenAiFault fault)
    {
        await using var run = await DigestRun.CreateAsync();
        var extractive = await DryRunAsync(run, withModel: false);
        _server.Reply = _ => ModelHeadline + "\nThe ministers spoke by phone, no sources given.";
        _server.Fault = fault;

        var result = await DryRunAsync(run, withModel: true);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(_server.ChatRequests);
        Assert.DoesNotContain(ModelHeadline, result.Output, StringComparison.Ordinal);
        Assert.Equal(extractive.Output, result.Output);
    }
}

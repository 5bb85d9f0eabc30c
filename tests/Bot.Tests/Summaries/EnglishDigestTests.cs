using Bot.Testing.OpenAi;
using Bot.Tests.Digest;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Summaries;

/// <summary>Digest:Language=en through the real digest command: English words without a model, the whole summary in English with one, markers verified.</summary>
public sealed class EnglishDigestTests : IAsyncLifetime
{
    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAiCompatibleServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Digest_EnglishWithoutModel_EnglishWordsAndDatesQuotesMarked()
    {
        await using var run = await DigestRun.CreateAsync();

        var result = await run.RunAsync("--Digest:Language=en");

        Assert.True(result.ExitCode == 0, result.Error);
        var posts = run.ChannelPosts;
        Assert.Equal(2, posts.Count);
        Assert.Contains("(13 May 2022)", posts[0].Text, StringComparison.Ordinal);
        Assert.Contains("(21 October 2022)", posts[1].Text, StringComparison.Ordinal);
        Assert.All(posts, p =>
        {
            Assert.Contains("Quoted from the Indonesian reports.", p.Text, StringComparison.Ordinal);
            Assert.Contains("Sources:", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Sumber", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" Mei 2022", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" Oktober 2022", p.Text, StringComparison.Ordinal);
        });
        Assert.Contains("about 22 October 2022", posts[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_EnglishWithModel_WholeSummaryInEnglishAndUnsupportedClaimsLeftOut()
    {
        await using var run = await DigestRun.CreateAsync();
        // The same reply for both stories: dates only one of them states are checked per cited article.
        _server.Reply = _ => "US and Russian defence chiefs speak by phone\n"
            + "The US and Russian defence ministers spoke by phone on Friday, 21 October 2022 [1][2]. "
            + "They had last spoken in May 2022 [1]. "
            + "The call lasted 45 minutes [1]. "
            + "Moscow announced the call on 30 December 2021 [2].";

        var result = await run.RunAsync("--Digest:Language=en", $"--Ai:Endpoint={_server.Endpoint}", "--Ai:ChatModel=test-model", "--Ai:MaxRetries=0");

        Assert.True(result.ExitCode == 0, result.Error);
        var october = run.ChannelPosts.Single(p => p.Text.Contains("(21 October 2022)", StringComparison.Ordinal));
        Assert.StartsWith("US and Russian defence chiefs speak by phone (21 October 2022)", october.Text, StringComparison.Ordinal);
        Assert.Contains("spoke by phone on Friday, 21 October 2022. [1][2]", october.Text, StringComparison.Ordinal);
        Assert.Contains("They had last spoken in May 2022. [1]", october.Text, StringComparison.Ordinal);

        // No article states a 45-minute call or a December 2021 announcement: those sentences are not posted.
        Assert.DoesNotContain("45 minutes", october.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("December", october.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quoted from", october.Text, StringComparison.Ordinal);
        Assert.Contains("Sources:", october.Text, StringComparison.Ordinal);
        Assert.All(_server.ChatRequests, r => Assert.Contains("Write in English", r.System, StringComparison.Ordinal));

        // The May story's articles never say 21 October 2022: its post keeps only what they support, or the extractive summary.
        var may = run.ChannelPosts.Single(p => p.Text.Contains("(13 May 2022)", StringComparison.Ordinal));
        Assert.DoesNotContain("21 October 2022 [", may.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("21 October 2022. [", may.Text, StringComparison.Ordinal);
    }
}

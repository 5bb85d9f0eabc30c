namespace Bot.Tests.Commands;

/// <summary>Parsing by System.CommandLine: help, usage errors with exit code 2, options beside --Key=Value overrides.</summary>
public sealed class CommandLineTests
{
    private static string ArticlesArg => $"--Articles:Path={BotRun.ArticlesFolder}";

    [Fact]
    public async Task Help_ListsTheCommandsAndTheOverridesAndExitsWith0()
    {
        var run = await BotRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in (string[])["console", "ask", "telegram", "digest", "--Key=Value"])
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AskHelp_DescribesItsOptions()
    {
        var run = await BotRun.RunAsync("ask", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--batch <FILE>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--json", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'")]
    [InlineData("ask --jsn When?", "Unrecognized option '--jsn'")]
    [InlineData("digest --dry-runn", "--dry-runn")]
    [InlineData("ask --batch", "--batch")]
    public async Task BadUsage_SaysWhatIsWrongAndExitsWith2(string line, string problem)
    {
        var run = await BotRun.RunAsync([.. line.Split(' '), ArticlesArg]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Contains("usage:", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task AskBatch_OptionWithEqualsSign_IsTheBatchFileNotAnOverride()
    {
        using var folder = new TempFolder();
        var questions = folder.Write("questions.txt", "Berapa total bantuan Biden kepada Kyiv?\n");

        var run = await BotRun.RunAsync("ask", "--json", $"--batch={questions}", ArticlesArg);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"question\":\"Berapa total bantuan Biden kepada Kyiv?\"", run.Output, StringComparison.Ordinal);
    }
}

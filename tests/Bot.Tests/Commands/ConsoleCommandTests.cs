namespace Bot.Tests.Commands;

public sealed class ConsoleCommandTests
{
    private static string ArticlesArg => $"--Articles:Path={BotRun.ArticlesFolder}";

    [Fact]
    public async Task Console_SourcesListsEveryArticleWithOutletAndDate()
    {
        var run = await BotRun.RunWithInputAsync("/sources\nexit\n", "console", ArticlesArg);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 articles", run.Output, StringComparison.Ordinal);
        Assert.Contains("TribunWow", run.Output, StringComparison.Ordinal);
        Assert.Contains("2022-05-14", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_AnswersQuestionsUntilEndOfInput()
    {
        var run = await BotRun.RunWithInputAsync("/help\nBerapa total bantuan pemerintahan Biden kepada Kyiv?\n", "console", ArticlesArg);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("/sources", run.Output, StringComparison.Ordinal);
        Assert.Contains("17 miliar", run.Output, StringComparison.Ordinal);
        Assert.Contains("[1]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultCommand_WithoutToken_IsConsole()
    {
        var run = await BotRun.RunWithInputAsync("exit\n", ArticlesArg, "--Telegram:BotToken=");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articles loaded", run.Output, StringComparison.Ordinal);
    }
}

using System.Text.Json;

namespace Bot.Tests.Commands;

public sealed class AskCommandTests
{
    private static string ArticlesArg => $"--Articles:Path={BotRun.ArticlesFolder}";

    [Fact]
    public async Task Ask_EmptyQuestion_PrintsUsageAndExitsWith2()
    {
        var run = await BotRun.RunAsync("ask", ArticlesArg);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Ask_QuestionOver1000Characters_IsRefused()
    {
        var run = await BotRun.RunAsync("ask", new string('a', 1001), ArticlesArg);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("1000 characters", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Ask_MissingArticlesFolder_NamesThePathAndExitsWith1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-articles-" + Guid.NewGuid().ToString("N"));

        var run = await BotRun.RunAsync("ask", "When?", $"--Articles:Path={missing}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FolderWithoutArticles_SaysSoAndExitsWith1()
    {
        using var folder = new TempFolder();
        folder.Write("notes.json", "{}");

        var run = await BotRun.RunAsync("ask", "When?", $"--Articles:Path={folder.Path}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no articles found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_FollowsTheAnswerContract()
    {
        var run = await BotRun.RunAsync("ask", "Berapa total bantuan pemerintahan Biden kepada Kyiv?", "--json", ArticlesArg);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var names = root.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["question", "answered", "language", "answer", "citations", "engine", "elapsedMs"], names);
        Assert.Equal("id", root.GetProperty("language").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["n", "article", "title", "outlet", "published", "quote"], citation.EnumerateObject().Select(p => p.Name).ToList());
        Assert.Equal(1, citation.GetProperty("n").GetInt32());
        Assert.Contains(citation.GetProperty("quote").GetString()!, File.ReadAllText(Path.Combine(BotRun.ArticlesFolder, citation.GetProperty("article").GetString() + ".txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskBatch_AnswersEveryLineInOrder()
    {
        using var folder = new TempFolder();
        var questions = folder.Write("questions.txt", "Siapa juru bicara Kementerian Luar Negeri AS?\n\nBerapa total bantuan Biden kepada Kyiv?\n");

        var run = await BotRun.RunAsync("ask", "--json", "--batch", questions, ArticlesArg);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var asked = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()).ToList();
        Assert.Equal(["Siapa juru bicara Kementerian Luar Negeri AS?", string.Empty, "Berapa total bantuan Biden kepada Kyiv?"], asked);
        Assert.False(JsonDocument.Parse(lines[1]).RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_BrokenFilesAreSkippedWithAWarningAndTheRestIndexed()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(BotRun.ArticlesFolder, "003_42ef1aef511d5886.txt"), Path.Combine(folder.Path, "good.txt"));
        folder.Write("empty.txt", string.Empty);
        folder.WriteBytes("binary.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);

        var run = await BotRun.RunAsync("ask", "Berapa total bantuan pemerintahan Biden kepada Kyiv?", $"--Articles:Path={folder.Path}");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("empty.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("binary.md", run.Error, StringComparison.Ordinal);
        Assert.Contains("17 miliar", run.Output, StringComparison.Ordinal);
    }
}

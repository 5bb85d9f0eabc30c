using Bot.Hosting;

namespace Bot.Tests.Commands;

/// <summary>Runs the real program in process with captured streams.</summary>
internal sealed record BotRun(int ExitCode, string Output, string Error)
{
    public static async Task<BotRun> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await BotApplication.RunAsync(args, reader, output, error, CancellationToken.None);
        Reliability.TestRunOutput.Add("bot run output", output.ToString());
        Reliability.TestRunOutput.Add("bot run error", error.ToString());
        return new BotRun(code, output.ToString(), error.ToString());
    }

    public static Task<BotRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    /// <summary>The repository's articles folder, found from the test binaries.</summary>
    public static string ArticlesFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "articles");
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The repository's articles folder was not found.");
        }
    }
}

using System.Text.Json;

namespace Bot.Bench.Soak;

/// <summary>The <c>soak</c> command: the long run of the real bot through the emulator, with faults and restarts.</summary>
internal static class SoakCommand
{
    public static readonly IReadOnlyList<string> Options = ["updates", "chats", "restarts", "kill", "out", "allow-debug", "shared"];

    public static async Task<int> RunAsync(BenchArguments arguments, string repositoryRoot, CancellationToken cancellationToken)
    {
        var full = SoakOptions.Full;
        var options = full with
        {
            Updates = arguments.Integer("updates") ?? full.Updates,
            Chats = arguments.Integer("chats") ?? full.Chats,
            Restarts = arguments.Integer("restarts") ?? full.Restarts,
            KillEveryOther = arguments.Has("kill"),
        };
        var bot = Path.Combine(AppContext.BaseDirectory, "Bot.dll");
        var runner = new SoakRunner(options, repositoryRoot, bot, Console.Error);
        var result = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        Console.WriteLine(SoakMarkdown.Render(result));
        foreach (var line in runner.ErrorSample)
        {
            await Console.Error.WriteLineAsync("bot: " + line).ConfigureAwait(false);
        }

        var output = arguments.Text("out") ?? Path.Combine(repositoryRoot, "bench", "results", "soak.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, SoakJson.Options), cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        return result.Held ? 0 : 1;
    }
}

using System.Text.Json;

namespace Bot.Bench.Replicas;

/// <summary>
/// The <c>replicas</c> command: webhook replicas on PostgreSQL under load with duplicates and a
/// killed replica, against one polling process. The server is <c>--postgres</c> or BOT_TEST_POSTGRES
/// (<c>source .ci/postgres.sh &amp;&amp; postgres_start</c> starts a throwaway one); the run uses a
/// schema of its own and drops it.
/// </summary>
internal static class ReplicasCommand
{
    public const string Name = "replicas";

    public static readonly IReadOnlyList<string> Options = ["updates", "chats", "replicas", "duplicate-every", "no-kill", "postgres", "out", "allow-debug", "shared"];

    public static async Task<int> RunAsync(BenchArguments arguments, string repositoryRoot, CancellationToken cancellationToken)
    {
        var server = arguments.Text("postgres") ?? Environment.GetEnvironmentVariable("BOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            await Console.Error.WriteLineAsync("replicas needs a PostgreSQL server: --postgres CONNECTION_STRING, or BOT_TEST_POSTGRES (source .ci/postgres.sh && postgres_start).").ConfigureAwait(false);
            return 2;
        }

        var full = ReplicasOptions.Full;
        var options = full with
        {
            Updates = arguments.Integer("updates") ?? full.Updates,
            Chats = arguments.Integer("chats") ?? full.Chats,
            Replicas = arguments.Integer("replicas") ?? full.Replicas,
            DuplicateEvery = arguments.Integer("duplicate-every") ?? full.DuplicateEvery,
            Kill = !arguments.Has("no-kill"),
        };
        var runner = new ReplicasRunner(options, repositoryRoot, Path.Combine(AppContext.BaseDirectory, "Bot.dll"), server, Console.Error);
        var result = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        Console.WriteLine(ReplicasMarkdown.Render(result));
        foreach (var line in runner.ErrorSample)
        {
            await Console.Error.WriteLineAsync("bot: " + line).ConfigureAwait(false);
        }

        var output = arguments.Text("out") ?? Path.Combine(repositoryRoot, "bench", "results", "replicas.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, Soak.SoakJson.Options), cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        return result.Held ? 0 : 1;
    }
}

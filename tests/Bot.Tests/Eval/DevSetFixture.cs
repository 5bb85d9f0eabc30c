using System.Text.Json;
using Bot.Tests.Commands;

namespace Bot.Tests.Eval;

/// <summary>Runs every dev-set question once through the real program (`ask --json --batch`).</summary>
public sealed class DevSetFixture : IAsyncLifetime
{
    public static readonly string DevFile = Path.Combine(AppContext.BaseDirectory, "Eval", "dev.jsonl");

    public IReadOnlyDictionary<string, (EvalCase Case, JsonElement Answer)> Results { get; private set; } = new Dictionary<string, (EvalCase, JsonElement)>();

    public static IReadOnlyList<EvalCase> Cases()
        => File.ReadLines(DevFile).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EvalCase>(l)!).ToList();

    public async Task InitializeAsync()
    {
        var cases = Cases();
        var batch = Path.Combine(Path.GetTempPath(), $"article-bot-dev-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(batch, cases.Select(c => c.Question));
        try
        {
            var run = await BotRun.RunAsync("ask", "--json", "--batch", batch, $"--Articles:Path={BotRun.ArticlesFolder}");
            var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Results = cases.Zip(lines, (c, l) => (c, JsonDocument.Parse(l).RootElement.Clone())).ToDictionary(p => p.c.Id, p => (p.c, p.Item2));
        }
        finally
        {
            File.Delete(batch);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

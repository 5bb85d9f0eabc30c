using System.Text.Json;
using Bot.Tests.Commands;

namespace Bot.Tests.Eval;

/// <summary>
/// Runs the whole question bank through the real program, one `ask --json --batch` per corpus,
/// so each corpus's knowledge base is built once.
/// </summary>
public sealed class BankFixture : IAsyncLifetime
{
    /// <summary>The corpus name the bank uses for the repository's own articles folder.</summary>
    public const string SeedCorpus = "seed";

    public static readonly string BankFile = Path.Combine(AppContext.BaseDirectory, "Eval", "bank.jsonl");

    private static readonly string CorporaFolder = Path.Combine(AppContext.BaseDirectory, "Eval", "corpora");

    public IReadOnlyList<BankResult> Results { get; private set; } = [];

    public static IReadOnlyList<EvalCase> Cases()
        => File.ReadLines(BankFile).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EvalCase>(l)!).ToList();

    /// <summary>The articles folder a corpus name stands for: the seed articles, or a folder under Eval/corpora.</summary>
    public static string CorpusFolder(string corpus)
        => corpus == SeedCorpus ? BotRun.ArticlesFolder : Path.Combine(CorporaFolder, corpus);

    public async Task InitializeAsync()
    {
        var results = new List<BankResult>();
        foreach (var corpus in Cases().GroupBy(c => c.Corpus ?? SeedCorpus))
        {
            results.AddRange(await AskAsync(corpus.Key, corpus.ToList()));
        }

        Results = results;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<IEnumerable<BankResult>> AskAsync(string corpus, List<EvalCase> cases)
    {
        using var scratch = new TempFolder();
        var batch = scratch.Write("questions.txt", string.Join('\n', cases.Select(c => c.Question)) + "\n");
        var run = await BotRun.RunAsync("ask", "--json", "--batch", batch, $"--Articles:Path={CorpusFolder(corpus)}");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (run.ExitCode != 0 || lines.Length != cases.Count)
        {
            throw new InvalidOperationException($"ask --batch over corpus '{corpus}' exited {run.ExitCode} with {lines.Length} answers for {cases.Count} questions: {run.Error}");
        }

        return cases.Zip(lines, (c, line) =>
        {
            var answer = JsonDocument.Parse(line).RootElement.Clone();
            var asked = answer.GetProperty("question").GetString();
            if (asked != c.Question)
            {
                throw new InvalidOperationException($"answer for {c.Id} is for another question: '{asked}'");
            }

            return new BankResult(c, answer, EvalScorer.Problems(c, answer));
        });
    }
}

using Bot.Bench.Corpus;
using Bot.Bench.Perf;
using Bot.Bench.Reporting;

namespace Bot.Bench;

/// <summary>The <c>perf</c> command: seeds, scale beside FTS5, scan against bandwidth, whole-process ask.</summary>
internal static class PerfCommand
{
    public static readonly IReadOnlyList<string> Options = ["sizes", "queries", "answers", "ask-runs", "bandwidth-mb", "shared", "out", "allow-debug"];

    public static async Task<int> RunAsync(BenchArguments arguments, RepositoryLayout layout, string configuration, CancellationToken cancellationToken)
    {
        var sizes = arguments.List("sizes")?.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [.. BenchSettings.DefaultSizes];
        var options = new PerfOptions(
            sizes,
            arguments.Integer("queries") ?? BenchSettings.DefaultQueryCount,
            arguments.Integer("answers") ?? BenchSettings.DefaultAnswerCount,
            arguments.Integer("ask-runs") ?? BenchSettings.DefaultAskRuns,
            arguments.Integer("bandwidth-mb") ?? BenchSettings.DefaultBandwidthMegabytes);
        var questions = SeedCaseLoader.Load(layout.DevCases).Select(c => c.Question).ToList();
        var inputs = new PerfInputs(
            () => SeedCorpus.Load(layout.Articles),
            questions,
            sizes.Count > 0 ? ClickIdLoader.Load(layout.Datasets) : [],
            layout.Root,
            layout.BotAssembly);

        var report = await new PerfRunner(options, Console.Error).RunAsync(inputs, cancellationToken).ConfigureAwait(false);
        var machine = MachineInfo.Current(layout.Root, configuration);
        Console.WriteLine(PerfMarkdown.Render(report));
        Console.WriteLine(machine.Describe());
        var output = arguments.Text("out") ?? layout.ResultsFile;
        ResultsFile.Write(output, "perf", machine, report);
        await Console.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        return 0;
    }
}

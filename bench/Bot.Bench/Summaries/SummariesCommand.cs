using Bot.Bench.Reporting;

namespace Bot.Bench.Summaries;

/// <summary>
/// The <c>summaries</c> command: ROUGE of our story summarizer on IndoSum's held-out test part beside
/// LEAD-3, LexRank and the gold ORACLE, then multi-document stories (several outlets on one event):
/// facts covered, repetition and citations.
/// </summary>
internal static class SummariesCommand
{
    public const string Name = "summaries";

    public static readonly IReadOnlyList<string> Options = ["shared", "out", "allow-debug", "split", "sample", "stories", "examples"];

    /// <summary>Story groups summarized per corpus (a seeded sample when there are more).</summary>
    public const int DefaultStories = 300;

    /// <summary>
    /// IndoSum (all parts: the multi-document task was never trained on, though the train part's
    /// articles were seen one by one) and CLICK-ID (never seen; internal use only).
    /// </summary>
    private static IEnumerable<(string Corpus, IReadOnlyList<Bot.Core.Articles.Article> Articles)> StoryCorpora(RepositoryLayout layout, IReadOnlyList<IndoSumArticle> indoSum)
    {
        yield return ("IndoSum", [.. indoSum.Select(IndoSumArticles.ToArticle)]);
        if (File.Exists(Path.Combine(layout.Datasets, "click-id-news", "clickid_news_corpus.jsonl")))
        {
            yield return ("CLICK-ID", Corpus.ClickIdLoader.Load(layout.Datasets));
        }
    }

    public static async Task<int> RunAsync(BenchArguments arguments, RepositoryLayout layout, string configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(layout);
        var split = arguments.Text("split") ?? "test";
        if (split is not ("test" or "valid"))
        {
            await Console.Error.WriteLineAsync("--split is test or valid (train is what the weights were fitted on)").ConfigureAwait(false);
            return 2;
        }

        var all = IndoSumLoader.Load(layout.Datasets);
        var part = IndoSumSplit.Part(all, split == "test" ? IndoSumPart.Test : IndoSumPart.Valid);
        if (arguments.Integer("sample") is { } sample)
        {
            part = [.. part.Take(sample)];
        }

        await Console.Error.WriteLineAsync($"summaries: IndoSum {split} part, {part.Count} of {all.Count} articles").ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var single = new SingleDocumentRunner(Console.Error).Run(part, split);
        var stories = new List<MultiDocument.MultiDocumentReport>();
        var maxStories = arguments.Integer("stories") ?? DefaultStories;
        if (maxStories > 0)
        {
            var runner = new MultiDocument.MultiDocumentRunner(Console.Error, arguments.Integer("examples") ?? 0);
            foreach (var (corpus, articles) in StoryCorpora(layout, all))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var groups = MultiDocument.StoryGroupFinder.Find(articles);
                await Console.Error.WriteLineAsync($"summaries: {groups.Count} story groups in {corpus}").ConfigureAwait(false);
                var random = new Random(BenchSettings.Seed);
                stories.Add(runner.Run(corpus, [.. groups.OrderBy(_ => random.Next()).Take(maxStories)]));
            }
        }

        var report = new SummariesReport(single, stories);

        var machine = MachineInfo.Current(layout.Root, configuration);
        Console.WriteLine(SummariesMarkdown.Render(report));
        Console.WriteLine(machine.Describe());
        var output = arguments.Text("out") ?? layout.ResultsFile;
        ResultsFile.Write(output, Name, machine, report);
        await Console.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        return 0;
    }
}

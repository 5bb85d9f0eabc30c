using Bot.Bench.Corpus;
using Bot.Bench.Embeddings;
using Bot.Core.Search;
using Bot.Embeddings.Onnx;
using Microsoft.Extensions.AI;
using Bot.Bench.Quality;
using Bot.Bench.Reporting;

namespace Bot.Bench;

/// <summary>The <c>quality</c> command: loads what was asked for, runs it, prints and saves the figures.</summary>
internal static class QualityCommand
{
    public const string Seeds = "seeds";

    /// <summary>Every dataset, in run order; IDK-MRC before TyDi so the combined figure counts the shared items under IDK-MRC.</summary>
    public static readonly IReadOnlyList<string> AllDatasets = [Seeds, IdkMrcLoader.Name, TydiLoader.Name, FacqaLoader.Name, XquadCrossLingualLoader.Name];

    public static readonly IReadOnlyList<string> Options = ["sample", "distractors", "datasets", "shared", "out", "allow-debug", "split", "vectors", "scoring"];

    /// <summary>Vectors the index can be built with: the model-free default, snowflake-arctic-embed-xs in process, and both fused.</summary>
    public static readonly IReadOnlyList<string> AllVectors = [QualityRunner.HashedVectors, "onnx", "fused"];

    public static async Task<int> RunAsync(BenchArguments arguments, RepositoryLayout layout, string configuration, CancellationToken cancellationToken)
    {
        var wanted = arguments.List("datasets") ?? AllDatasets;
        var unknown = wanted.Where(w => !AllDatasets.Contains(w, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"unknown dataset(s): {string.Join(", ", unknown)}; choose from {string.Join(", ", AllDatasets)}").ConfigureAwait(false);
            return 2;
        }

        // Tuning runs use --split valid (IDK-MRC and FacQA); reported figures are the test split.
        var split = arguments.Text("split") ?? "test";
        if (split is not ("test" or "valid"))
        {
            await Console.Error.WriteLineAsync("--split is test or valid").ConfigureAwait(false);
            return 2;
        }

        var vectors = arguments.List("vectors") ?? AllVectors;
        if (vectors.Where(v => !AllVectors.Contains(v, StringComparer.Ordinal)).ToList() is { Count: > 0 } unknownVectors)
        {
            await Console.Error.WriteLineAsync($"unknown vectors: {string.Join(", ", unknownVectors)}; choose from {string.Join(", ", AllVectors)}").ConfigureAwait(false);
            return 2;
        }

        if (!Enum.TryParse<Bot.Core.Answering.Options.AnswerScoring>(arguments.Text("scoring") ?? "rules", ignoreCase: true, out var scoring))
        {
            await Console.Error.WriteLineAsync("--scoring is rules or learned").ConfigureAwait(false);
            return 2;
        }

        var answering = Bot.Core.Answering.Options.AnswerOptions.Default with { Scoring = scoring };
        var options = new QualityOptions(arguments.Integer("sample"), arguments.Integer("distractors") ?? 0, vectors, answering);
        using var onnx = vectors.Any(v => v != QualityRunner.HashedVectors) ? new OnnxEmbeddingGenerator(PackagedArcticModel.Options()) : null;
        var variants = new Dictionary<string, IEmbeddingGenerator<string, Embedding<float>>>(StringComparer.Ordinal);
        if (onnx is not null)
        {
            var model = new MemoizingEmbeddingGenerator(onnx);
            if (vectors.Contains("onnx", StringComparer.Ordinal))
            {
                variants["onnx"] = model;
            }

            if (vectors.Contains("fused", StringComparer.Ordinal))
            {
                variants["fused"] = new FusedEmbeddingGenerator(new HashedNgramEmbedder(), model);
            }
        }

        var runner = new QualityRunner(options, Console.Error, variants);
        var distractors = options.Distractors > 0 ? Distractors(layout, options.Distractors) : [];

        SeedQuality? seeds = null;
        if (wanted.Contains(Seeds, StringComparer.Ordinal))
        {
            await Console.Error.WriteLineAsync("quality: seeds").ConfigureAwait(false);
            seeds = await runner.RunSeedsAsync(SeedCorpus.Load(layout.Articles), SeedCaseLoader.Load(layout.DevCases), cancellationToken).ConfigureAwait(false);
        }

        var datasets = new List<DatasetQuality>();
        var outcomes = new List<IReadOnlyList<ItemOutcome>>();
        foreach (var name in AllDatasets.Where(d => d != Seeds && wanted.Contains(d, StringComparer.Ordinal)))
        {
            await Console.Error.WriteLineAsync($"quality: {name}").ConfigureAwait(false);
            var (quality, items) = await runner.RunDatasetAsync(Load(name, layout.Datasets, split), distractors, cancellationToken).ConfigureAwait(false);
            datasets.Add(quality);
            outcomes.Add(items);
        }

        var report = new QualityReport(runner.AnswererName, options, seeds, datasets, datasets.Count > 1 ? CombinedQuality.From(outcomes) : null);
        var machine = MachineInfo.Current(layout.Root, configuration);
        Console.WriteLine(QualityMarkdown.Render(report));
        Console.WriteLine(machine.Describe());
        var output = arguments.Text("out") ?? layout.ResultsFile;
        ResultsFile.Write(output, "quality", machine, report);
        await Console.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        return 0;
    }

    private static QaDataset Load(string name, string datasetsFolder, string split) => name switch
    {
        IdkMrcLoader.Name => IdkMrcLoader.Load(datasetsFolder, split),
        TydiLoader.Name => TydiLoader.Load(datasetsFolder),
        FacqaLoader.Name => FacqaLoader.Load(datasetsFolder, split),
        XquadCrossLingualLoader.Name => XquadCrossLingualLoader.Load(datasetsFolder),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown dataset"),
    };

    private static List<Bot.Core.Articles.Article> Distractors(RepositoryLayout layout, int count)
    {
        var random = new Random(BenchSettings.Seed);
        return ClickIdLoader.Load(layout.Datasets).OrderBy(_ => random.Next()).Take(count).ToList();
    }
}

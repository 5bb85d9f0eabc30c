using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Summaries;

/// <summary>
/// The learned sentence scorer of extractive summaries: logistic regression over standardized
/// <see cref="SummaryFeature"/>s, P(sentence belongs in the summary). Trained on IndoSum's gold
/// extractive labels by tools/SummaryTrainer, which writes <c>Data/summary-weights.json</c>; the
/// file also holds the stopping probability chosen on IndoSum's valid part (a summary grows while
/// the best remaining sentence is at least that likely, between the options' minimum and maximum).
/// </summary>
internal sealed class SummaryModel
{
    private const string ResourceName = "Bot.Core.Summaries.Data.summary-weights.json";

    private static readonly Lazy<SummaryModel> Embedded = new(LoadEmbedded);

    private readonly double[] mean;
    private readonly double[] scale;
    private readonly double[] weights;

    public SummaryModel(IReadOnlyList<double> mean, IReadOnlyList<double> scale, IReadOnlyList<double> weights, double bias, double stopProbability)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(weights);
        if (mean.Count != SummaryFeatures.Count || scale.Count != SummaryFeatures.Count || weights.Count != SummaryFeatures.Count)
        {
            throw new ArgumentException($"A summary model has {SummaryFeatures.Count} features.");
        }

        if (scale.Any(s => !(s > 0)) || !double.IsFinite(bias) || weights.Concat(mean).Any(w => !double.IsFinite(w)) || stopProbability is < 0 or > 1)
        {
            throw new ArgumentException("Summary model values must be finite, scales positive and the stopping probability within [0, 1].");
        }

        this.mean = [.. mean];
        this.scale = [.. scale];
        this.weights = [.. weights];
        Bias = bias;
        StopProbability = stopProbability;
    }

    /// <summary>The model that ships with the engine.</summary>
    public static SummaryModel Default => Embedded.Value;

    public double Bias { get; }

    public double StopProbability { get; }

    public IReadOnlyList<double> Weights => weights;

    public double Probability(ReadOnlySpan<double> features)
    {
        if (features.Length != SummaryFeatures.Count)
        {
            throw new ArgumentException($"Expected {SummaryFeatures.Count} features.", nameof(features));
        }

        var z = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Reads a weights file; every feature of the code must be in it, under its <see cref="SummaryFeatures.Key"/>.</summary>
    public static SummaryModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = JsonSerializer.Deserialize(json, SummaryModelJsonContext.Default.SummaryWeightsFile)
            ?? throw new FormatException("The summary weights file is empty.");
        var features = file.Features ?? throw new FormatException("The summary weights file has no features.");
        var byKey = features.ToDictionary(f => f.Name ?? "", StringComparer.Ordinal);
        var values = Enum.GetValues<SummaryFeature>()
            .Select(f => byKey.TryGetValue(SummaryFeatures.Key(f), out var v) ? v : throw new FormatException($"The summary weights file lacks feature '{SummaryFeatures.Key(f)}'."))
            .ToList();
        if (byKey.Count != SummaryFeatures.Count)
        {
            throw new FormatException("The summary weights file has features the engine does not compute: " + string.Join(", ", byKey.Keys.Except(Enum.GetValues<SummaryFeature>().Select(SummaryFeatures.Key))));
        }

        return new SummaryModel([.. values.Select(v => v.Mean)], [.. values.Select(v => v.Scale)], [.. values.Select(v => v.Weight)], file.Bias, file.StopProbability);
    }

    /// <summary>The weights file of this model, with a description of how it was made.</summary>
    public string ToJson(SummaryTrainingInfo training)
    {
        var file = new SummaryWeightsFile
        {
            Description = "Sentence scorer of the extractive story summaries (logistic regression over standardized features). Made by tools/SummaryTrainer; see NOTICE.",
            Training = training,
            Bias = Bias,
            StopProbability = StopProbability,
            Features = [.. Enum.GetValues<SummaryFeature>().Select(f => new SummaryFeatureWeight { Name = SummaryFeatures.Key(f), Weight = weights[(int)f], Mean = mean[(int)f], Scale = scale[(int)f] })],
        };
        return JsonSerializer.Serialize(file, SummaryModelJsonContext.Default.SummaryWeightsFile) + "\n";
    }

    private static SummaryModel LoadEmbedded()
    {
        using var stream = typeof(SummaryModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>How a weights file was made: data, split and what the model scored where it was tuned.</summary>
internal sealed record SummaryTrainingInfo
{
    public string? Data { get; init; }

    public string? Split { get; init; }

    public int TrainArticles { get; init; }

    public int TrainSentences { get; init; }

    public int TrainPositives { get; init; }

    public int ValidArticles { get; init; }

    public double L2 { get; init; }

    public double ValidRouge1 { get; init; }

    public double ValidRouge2 { get; init; }

    public string? Command { get; init; }
}

internal sealed record SummaryFeatureWeight
{
    public string? Name { get; init; }

    public double Weight { get; init; }

    public double Mean { get; init; }

    public double Scale { get; init; }
}

internal sealed record SummaryWeightsFile
{
    public string? Description { get; init; }

    public SummaryTrainingInfo? Training { get; init; }

    public double Bias { get; init; }

    public double StopProbability { get; init; }

    public List<SummaryFeatureWeight>? Features { get; init; }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SummaryWeightsFile))]
internal sealed partial class SummaryModelJsonContext : JsonSerializerContext;

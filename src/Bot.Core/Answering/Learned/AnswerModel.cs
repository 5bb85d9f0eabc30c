using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Answering.Learned;

/// <summary>
/// The learned part of the extractive answerer: (a) a sentence scorer, P(this sentence answers the
/// question), over <see cref="EvidenceFeature"/>s, which ranks evidence; (b) a verdict, P(the best
/// answer is right), over <see cref="VerdictFeature"/>s, below whose <see cref="AnswerThreshold"/>
/// the answerer says the articles do not hold the answer. Both are logistic regressions trained by
/// tools/AnswerTrainer on public QA train splits (see NOTICE); the threshold is chosen on their valid
/// splits. The engine ships <c>Data/answer-model.json</c> as an embedded resource.
/// </summary>
internal sealed class AnswerModel
{
    private const string ResourceName = "Bot.Core.Answering.Learned.Data.answer-model.json";

    private static readonly Lazy<AnswerModel> Embedded = new(LoadEmbedded);

    public AnswerModel(LogisticScorer sentence, LogisticScorer verdict, double answerThreshold)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(verdict);
        if (sentence.Count != FeatureKeys.Count<EvidenceFeature>() || verdict.Count != FeatureKeys.Count<VerdictFeature>())
        {
            throw new ArgumentException("The scorers' features are not the engine's.");
        }

        if (answerThreshold is < 0 or > 1 || double.IsNaN(answerThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(answerThreshold), "The answer threshold is a probability.");
        }

        Sentence = sentence;
        Verdict = verdict;
        AnswerThreshold = answerThreshold;
    }

    /// <summary>The model that ships with the engine.</summary>
    public static AnswerModel Default => Embedded.Value;

    public LogisticScorer Sentence { get; }

    public LogisticScorer Verdict { get; }

    /// <summary>The verdict probability an answer needs; below it the answerer abstains.</summary>
    public double AnswerThreshold { get; }

    public AnswerModel WithThreshold(double threshold) => new(Sentence, Verdict, threshold);

    /// <summary>Reads a weights file; every feature the code computes must be in it, under its key.</summary>
    public static AnswerModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = JsonSerializer.Deserialize(json, AnswerModelJsonContext.Default.AnswerModelFile)
            ?? throw new FormatException("The answer model file is empty.");
        return new AnswerModel(
            Read<EvidenceFeature>(file.Sentence, "sentence"),
            Read<VerdictFeature>(file.Verdict, "verdict"),
            file.AnswerThreshold);
    }

    /// <summary>The weights file of this model, with a description of how it was made.</summary>
    public string ToJson(AnswerTrainingInfo training)
    {
        var file = new AnswerModelFile
        {
            Description = "Extractive answerer: sentence scorer and abstention verdict (logistic regressions over standardized features). Made by tools/AnswerTrainer; see NOTICE.",
            Training = training,
            AnswerThreshold = AnswerThreshold,
            Sentence = Write<EvidenceFeature>(Sentence),
            Verdict = Write<VerdictFeature>(Verdict),
        };
        return JsonSerializer.Serialize(file, AnswerModelJsonContext.Default.AnswerModelFile) + "\n";
    }

    private static LogisticScorer Read<TFeature>(ScorerFile? scorer, string name)
        where TFeature : struct, Enum
    {
        var features = scorer?.Features ?? throw new FormatException($"The answer model file has no {name} features.");
        var byKey = features.ToDictionary(f => f.Name ?? "", StringComparer.Ordinal);
        var keys = Enum.GetValues<TFeature>().Select(FeatureKeys.Of).ToList();
        var values = keys.Select(k => byKey.TryGetValue(k, out var v) ? v : throw new FormatException($"The answer model file lacks {name} feature '{k}'.")).ToList();
        if (byKey.Count != keys.Count)
        {
            throw new FormatException($"The answer model file has {name} features the engine does not compute: " + string.Join(", ", byKey.Keys.Except(keys)));
        }

        return new LogisticScorer([.. values.Select(v => v.Mean)], [.. values.Select(v => v.Scale)], [.. values.Select(v => v.Weight)], scorer.Bias);
    }

    private static ScorerFile Write<TFeature>(LogisticScorer scorer)
        where TFeature : struct, Enum
        => new()
        {
            Bias = scorer.Bias,
            Features = [.. Enum.GetValues<TFeature>().Select((f, i) => new FeatureWeight { Name = FeatureKeys.Of(f), Weight = scorer.Weights[i], Mean = scorer.Mean[i], Scale = scorer.Scale[i] })],
        };

    private static AnswerModel LoadEmbedded()
    {
        using var stream = typeof(AnswerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>How a weights file was made: data, sizes and what the model scored where it was tuned.</summary>
internal sealed record AnswerTrainingInfo
{
    public string? Train { get; init; }

    public string? Valid { get; init; }

    public int TrainQuestions { get; init; }

    public int TrainSentences { get; init; }

    public int TrainPositives { get; init; }

    public double L2 { get; init; }

    public string? ThresholdRule { get; init; }

    public IReadOnlyDictionary<string, double>? ValidFigures { get; init; }

    public string? Command { get; init; }
}

internal sealed record FeatureWeight
{
    public string? Name { get; init; }

    public double Weight { get; init; }

    public double Mean { get; init; }

    public double Scale { get; init; }
}

internal sealed record ScorerFile
{
    public double Bias { get; init; }

    public List<FeatureWeight>? Features { get; init; }
}

internal sealed record AnswerModelFile
{
    public string? Description { get; init; }

    public AnswerTrainingInfo? Training { get; init; }

    public double AnswerThreshold { get; init; }

    public ScorerFile? Sentence { get; init; }

    public ScorerFile? Verdict { get; init; }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AnswerModelFile))]
internal sealed partial class AnswerModelJsonContext : JsonSerializerContext;

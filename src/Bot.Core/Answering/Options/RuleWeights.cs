namespace Bot.Core.Answering.Options;

/// <summary>
/// The hand-set sentence score of <see cref="AnswerScoring.Rules"/>: coverage × (base + (1 − base) ×
/// entity coverage) × month factor × kind factor, and the thresholds read on that scale.
/// </summary>
public sealed record RuleWeights
{
    /// <summary>Below this evidence score the articles are taken not to hold the answer.</summary>
    public double AbstainBelow { get; init; } = 0.42;

    /// <summary>Sentences scoring at least this share of <see cref="AbstainBelow"/> may support (cite) an answer chosen elsewhere.</summary>
    public double SupportShare { get; init; } = 0.5;

    /// <summary>A non-date answer is cited from sentences whose evidence is at least this share of the best one's.</summary>
    public double SupportShareOfBest { get; init; } = 0.8;

    /// <summary>Added to an answer's score per further article giving the same answer.</summary>
    public double AgreementBonus { get; init; } = 0.05;

    /// <summary>The share of the score a sentence keeps when it has none of the question's names (the rest scales with the share it has).</summary>
    public double EntityBase { get; init; } = 0.4;

    /// <summary>Factor when the question names a month that the sentence lacks but its article mentions.</summary>
    public double MonthElsewhereInArticle { get; init; } = 0.85;

    /// <summary>Factor when the question names a month its article never mentions.</summary>
    public double MonthNotInArticle { get; init; } = 0.5;

    /// <summary>Captions describe a photo, not the story.</summary>
    public double Caption { get; init; } = 0.6;

    /// <summary>Headlines repeat the story without detail.</summary>
    public double Headline { get; init; } = 0.8;

    /// <summary>The problems of these weights, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate(string section)
    {
        var values = new[] { AbstainBelow, SupportShare, SupportShareOfBest, AgreementBonus, EntityBase, MonthElsewhereInArticle, MonthNotInArticle, Caption, Headline };
        return values.Any(v => v is < 0 or > 1 || double.IsNaN(v))
            ? [$"{section}:Rules weights are shares between 0 and 1."]
            : [];
    }
}

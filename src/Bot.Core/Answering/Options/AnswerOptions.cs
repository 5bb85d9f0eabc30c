namespace Bot.Core.Answering.Options;

/// <summary>
/// Every hand-set parameter of the extractive answerer, in one place (configuration section
/// <c>Answering</c>). How much a sentence is worth and whether the best answer is good enough are
/// learned (<see cref="Learned.AnswerModel"/>, trained by tools/AnswerTrainer); these are the rules
/// around the model: how much is read, which sentences may take part, and how agreeing or
/// competing answers are weighed.
/// </summary>
public sealed record AnswerOptions
{
    /// <summary>The configuration section the host binds.</summary>
    public const string Section = "Answering";

    public static AnswerOptions Default { get; } = new();

    /// <summary>Which scorer ranks sentences and decides to abstain.</summary>
    public AnswerScoring Scoring { get; init; } = AnswerScoring.Rules;

    /// <summary>The hand-set score and thresholds of <see cref="AnswerScoring.Rules"/>.</summary>
    public RuleWeights Rules { get; init; } = new();

    /// <summary>Factors that fit answers to the shape their question asks for (a person, a speaker).</summary>
    public ShapeWeights Shapes { get; init; } = new();

    /// <summary>Passages retrieved per question; their sentences become evidence.</summary>
    public int PassagesPerQuestion { get; init; } = 20;

    /// <summary>
    /// <see cref="AnswerScoring.Learned"/>: sentences the learned scorer gives less than this probability take no part at all: they can
    /// neither give nor cite an answer. Low, so that weak sentences still support a chosen answer.
    /// </summary>
    public double EvidenceFloor { get; init; } = 0.02;

    /// <summary><see cref="AnswerScoring.Learned"/>: a non-date answer is cited from sentences whose probability is at least this share of the best one's.</summary>
    public double SupportShareOfBest { get; init; } = 0.5;

    /// <summary>Question words found only in the neighbouring sentences count at this share of their weight: a pronoun's antecedent is usually one sentence away.</summary>
    public double NeighbourShare { get; init; } = 0.6;

    /// <summary>For first/last questions, events whose answer score is at least this share of the best compete on date.</summary>
    public double OrderRelevanceShare { get; init; } = 0.6;

    /// <summary><see cref="AnswerScoring.Learned"/>: an answer's score grows by this share per further article giving the same answer.</summary>
    public double AgreementBonus { get; init; } = 0.1;

    /// <summary>
    /// When the date of a named event is resolved, a day-precise date of the same month wins over the
    /// best (perhaps month-only) one when it scores at least this share of it.
    /// </summary>
    public double PreciseDateShare { get; init; } = 0.8;

    /// <summary>A date that names only a month answers a when-question at this share of a day's score: a day is the more precise answer.</summary>
    public double MonthDateShare { get; init; } = 0.8;

    /// <summary>
    /// A date keeps this share of its sentence's score however few of the matched question words lie in
    /// its own part of the sentence (split at since/before/after); the rest scales with the share that do.
    /// </summary>
    public double DateClauseBase { get; init; } = 0.5;

    /// <summary>
    /// Overrides the learned model's abstention threshold (a probability) when set; null keeps the
    /// one chosen on the valid splits. Higher abstains more often.
    /// </summary>
    public double? AnswerThreshold { get; init; }

    /// <summary>The problems of these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (PassagesPerQuestion is < 1 or > 1000)
        {
            problems.Add($"{Section}:PassagesPerQuestion must be between 1 and 1000.");
        }

        if (EvidenceFloor is < 0 or > 1 || SupportShareOfBest is < 0 or > 1 || NeighbourShare is < 0 or > 1 || OrderRelevanceShare is < 0 or > 1 || PreciseDateShare is < 0 or > 1 || MonthDateShare is < 0 or > 1 || DateClauseBase is < 0 or > 1)
        {
            problems.Add($"{Section}: EvidenceFloor, SupportShareOfBest, NeighbourShare, OrderRelevanceShare, PreciseDateShare, MonthDateShare and DateClauseBase are shares between 0 and 1.");
        }

        if (AgreementBonus is < 0 or > 1)
        {
            problems.Add($"{Section}:AgreementBonus must be between 0 and 1.");
        }

        if (AnswerThreshold is < 0 or > 1)
        {
            problems.Add($"{Section}:AnswerThreshold is a probability between 0 and 1.");
        }

        if (!Enum.IsDefined(Scoring))
        {
            problems.Add($"{Section}:Scoring is Rules or Learned.");
        }

        problems.AddRange(Rules.Validate(Section));
        problems.AddRange(Shapes.Validate(Section));
        return problems;
    }
}

namespace Bot.Core.Answers.Grounded;

/// <summary>How the grounded answerer names itself and how much it shows the model.</summary>
internal sealed record GroundedAnswerOptions(string ModelName)
{
    public int PassageCount { get; init; } = GroundingDefaults.PassageCount;

    public int HistoryTurns { get; init; } = GroundingDefaults.HistoryTurns;

    public string Engine => GroundingDefaults.EnginePrefix + ModelName;
}

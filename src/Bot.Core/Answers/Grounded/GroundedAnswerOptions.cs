namespace Bot.Core.Answers.Grounded;

/// <summary>How the grounded answerer names itself and how much it shows the model.</summary>
internal sealed record GroundedAnswerOptions(string ModelName)
{
    public int PassageCount { get; init; } = GroundingDefaults.PassageCount;

    public int HistoryTurns { get; init; } = GroundingDefaults.HistoryTurns;

    /// <summary>Offer the model the <c>articles.search</c> tool (models with tool calling only; others reject requests with tools).</summary>
    public bool ArticleSearchTool { get; init; }

    public string Engine => GroundingDefaults.EnginePrefix + ModelName;
}

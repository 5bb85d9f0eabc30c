namespace Bot.Core.Answering.Options;

/// <summary>How evidence sentences are scored and when the answerer abstains.</summary>
public enum AnswerScoring
{
    /// <summary>The hand-set coverage rule (<see cref="AnswerOptions.Rules"/>) ranks sentences; a best sentence below <see cref="RuleWeights.AbstainBelow"/> abstains.</summary>
    Rules,

    /// <summary>The learned sentence scorer ranks sentences and the learned verdict abstains (tools/AnswerTrainer).</summary>
    Learned,
}

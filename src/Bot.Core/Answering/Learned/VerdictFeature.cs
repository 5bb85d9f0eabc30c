namespace Bot.Core.Answering.Learned;

/// <summary>
/// What the learned abstention sees of a question's best answer: whether the articles hold the
/// answer at all. The names in snake case are the keys of the weights file.
/// </summary>
internal enum VerdictFeature
{
    /// <summary>The sentence scorer's log-odds for the best answer's sentence.</summary>
    BestLogit,

    /// <summary>Log-odds of the best sentence with another answer (−8 when there is none).</summary>
    RivalLogit,

    /// <summary>Best minus rival log-odds.</summary>
    Margin,

    /// <summary>The best sentence's weighted coverage of the question.</summary>
    Coverage,

    /// <summary>The best sentence's own coverage (neighbours not counted).</summary>
    OwnCoverage,

    /// <summary>The best sentence's share of the question's names.</summary>
    EntityCoverage,

    /// <summary>Share of the question's IDF weight no evidence sentence covers.</summary>
    Uncovered,

    /// <summary>The best sentence holds the kind of thing asked for.</summary>
    TypeMatch,

    /// <summary>The best sentence's share of the question's words (unweighted).</summary>
    WordCoverage,

    /// <summary>The rarest question word the best sentence has, over the rarest of the question.</summary>
    RarestMatched,

    /// <summary>1 / (1 + the retrieval rank of the best sentence's passage).</summary>
    PassageRank,

    /// <summary>Log-odds of the highest-scoring sentence, whether or not it gave an answer of the asked-for kind.</summary>
    TopEvidenceLogit,

    /// <summary>1 when the best answer comes from the highest-scoring sentence.</summary>
    FromTopEvidence,

    /// <summary>log(1 + articles whose sentences give the same answer).</summary>
    AgreeingArticles,

    /// <summary>log(1 + the question's content words).</summary>
    QuestionWords,

    /// <summary>1 for an English question (answered through translation).</summary>
    English,

    /// <summary>1 for a "when" question.</summary>
    When,

    /// <summary>1 for a "who" or "where" question.</summary>
    Entity,

    /// <summary>1 for a "how many / how long" question.</summary>
    Quantity,

    /// <summary>1 for a "what", "why" or yes/no question.</summary>
    Clause,
}

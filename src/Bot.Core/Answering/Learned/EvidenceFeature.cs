namespace Bot.Core.Answering.Learned;

/// <summary>
/// What the learned sentence scorer sees of one evidence sentence against one question. The names
/// in snake case are the keys of the weights file (<c>Data/answer-model.json</c>).
/// </summary>
internal enum EvidenceFeature
{
    /// <summary>Share of the question's IDF weight the sentence covers, words found only in its neighbours at a share.</summary>
    Coverage,

    /// <summary>Share of the question's IDF weight found in the sentence itself.</summary>
    OwnCoverage,

    /// <summary>Share of the question's IDF weight found only in the neighbouring sentences.</summary>
    NeighbourCoverage,

    /// <summary>Share of the question's content words (unweighted) found in the sentence.</summary>
    WordCoverage,

    /// <summary>The rarest question word the sentence has over the rarest of the question (IDF ratio).</summary>
    RarestMatched,

    /// <summary>Share of the question's names found in the sentence, its neighbours or its headline (1 without names).</summary>
    EntityCoverage,

    /// <summary>1 when the question names no entity.</summary>
    NoEntities,

    /// <summary>1 when the question names a month and the sentence (or the nearest dated one) has it.</summary>
    MonthMatched,

    /// <summary>1 when the question names a month that neither the sentence nor its article mentions.</summary>
    MonthMissing,

    /// <summary>1 when the question names a year and no date near the sentence is in it.</summary>
    YearMissing,

    /// <summary>1 for a photo caption.</summary>
    Caption,

    /// <summary>1 for a headline.</summary>
    Headline,

    /// <summary>1 for the article's metadata passage (author, outlet, date).</summary>
    Metadata,

    /// <summary>The retrieval score of the passage the sentence came from over the best passage's.</summary>
    PassageScore,

    /// <summary>1 / (1 + the passage's rank in retrieval).</summary>
    PassageRank,

    /// <summary>1 when the passage is retrieval's first.</summary>
    TopPassage,

    /// <summary>1 / (1 + the sentence's position in its article).</summary>
    InversePosition,

    /// <summary>log(1 + the sentence's tokens).</summary>
    Length,

    /// <summary>Share of the sentence's tokens that match a question word.</summary>
    MatchDensity,

    /// <summary>Question words matched in the same order as adjacent pairs, over the question's pairs.</summary>
    OrderedPairs,

    /// <summary>The sentence holds the kind of thing asked for: a date, a number, a name, a reason.</summary>
    TypeMatch,

    /// <summary>The question states a number the sentence does not.</summary>
    NumberMismatch,

    /// <summary>One of question and sentence is negated and the other is not.</summary>
    NegationMismatch,

    /// <summary>1 when the sentence quotes someone.</summary>
    Quotation,
}

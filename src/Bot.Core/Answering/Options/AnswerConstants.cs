namespace Bot.Core.Answering.Options;

/// <summary>The thresholds and limits of the extractive answerer, in one place.</summary>
internal static class AnswerConstants
{
    /// <summary>Passages retrieved per question; their sentences and neighbours become evidence.</summary>
    public const int PassagesPerQuestion = 20;

    /// <summary>Below this evidence score the articles are taken not to hold the answer.</summary>
    public const double AbstainBelow = 0.42;

    /// <summary>Sentences scoring at least this share of <see cref="AbstainBelow"/> may support (cite) an answer chosen elsewhere.</summary>
    public const double SupportShare = 0.5;

    /// <summary>A non-date answer is cited from sentences whose evidence is at least this share of the best one's.</summary>
    public const double SupportShareOfBest = 0.8;

    /// <summary>Neighbouring sentences count at this share: a pronoun's antecedent is usually one sentence away.</summary>
    public const double NeighbourShare = 0.6;

    /// <summary>For first/last questions, events whose evidence is at least this share of the best compete on date.</summary>
    public const double OrderRelevanceShare = 0.6;

    /// <summary>Most citations an answer carries.</summary>
    public const int MaxCitations = 4;

    /// <summary>Longest quote in a citation, in characters.</summary>
    public const int MaxQuoteLength = 400;

    /// <summary>Bonus per additional article agreeing on the same answer.</summary>
    public const double AgreementBonus = 0.05;
}

namespace Bot.Core.Answering.Options;

/// <summary>Limits of how an answer is written; the answerer's own parameters are <see cref="AnswerOptions"/>.</summary>
internal static class AnswerConstants
{
    /// <summary>Most citations an answer carries.</summary>
    public const int MaxCitations = 4;

    /// <summary>Longest quote in a citation, in characters.</summary>
    public const int MaxQuoteLength = 400;
}

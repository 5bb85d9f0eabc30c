namespace Bot.Commands;

/// <summary>Questions the bot refuses before answering, with the message it gives.</summary>
public static class QuestionLimits
{
    /// <summary>Longest question accepted, in characters: longer input is almost never a question.</summary>
    public const int MaxLength = 1000;

    public static string? Refusal(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Length > MaxLength
            ? $"the question is {question.Length} characters long; please ask in at most {MaxLength} characters."
            : null;
    }
}

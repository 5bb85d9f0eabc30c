using System.ComponentModel.DataAnnotations;

namespace Bot.Core;

/// <summary>
/// Section "Questions": what every adapter (console, ask, Telegram) refuses before answering.
/// One place, so a question accepted in the terminal is accepted in Telegram too.
/// </summary>
public sealed class QuestionOptions
{
    public const string Section = "Questions";

    /// <summary>The default of <see cref="MaxLength"/>.</summary>
    public const int DefaultMaxLength = 1_000;

    /// <summary>Longest question accepted, in characters: longer input is almost never a question (Telegram's own limit is 4,096).</summary>
    [Range(1, 4_000, ErrorMessage = "Questions:MaxLength must be between 1 and 4000.")]
    public int MaxLength { get; set; } = DefaultMaxLength;

    /// <summary>Why the question is refused, or null when it may be answered.</summary>
    public string? Refusal(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Length > MaxLength
            ? $"the question is {question.Length} characters long; please ask in at most {MaxLength} characters."
            : null;
    }
}

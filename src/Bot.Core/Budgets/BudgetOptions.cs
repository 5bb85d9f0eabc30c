using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Budgets;

/// <summary>
/// How long one question or one article file may take (section <c>Budgets</c>). Past its budget
/// a question is answered with a message saying so and an article file is skipped with a
/// warning that names it; other questions and files carry on.
/// </summary>
public sealed class BudgetOptions
{
    public const string Section = "Budgets";

    /// <summary>One question, from the question to the final answer (chat model included).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Budgets:Question must be between 1 ms and 1 hour.")]
    public TimeSpan Question { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Reading and parsing one article file.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Budgets:Article must be between 1 ms and 1 hour.")]
    public TimeSpan Article { get; set; } = TimeSpan.FromSeconds(30);
}

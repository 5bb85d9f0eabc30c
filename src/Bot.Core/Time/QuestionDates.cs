using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>The dates a question names without stating a full day: a month ("May", "bulan Oktober 2022").</summary>
public static partial class QuestionDates
{
    /// <summary>The first month named in a text, with its year when stated.</summary>
    public static (int? Month, int? Year) FirstMonth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in MonthWordPattern().Matches(text))
        {
            var word = m.Groups["month"].Value;

            // "may" is also an English modal verb; only a capitalized May is the month.
            if (word.Equals("may", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(word[0]))
            {
                continue;
            }

            if (CalendarNames.Month(word) is var month and > 0)
            {
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                return (month, year);
            }
        }

        return (null, null);
    }

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9})\b(?:\s+(?<year>(?:19|20)\d{2}))?", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonthWordPattern();
}

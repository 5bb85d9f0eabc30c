using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>
/// The one reader of the dates a question names without stating a full day: a month ("May",
/// "bulan Oktober 2022"), a year ("in 2024", "sepanjang 2022") or a range of months ("between
/// March and September 2022", "dari Mei hingga Oktober"). Full dates are <see cref="StatedDates"/>.
/// </summary>
public static partial class QuestionDates
{
    /// <summary>The first month named in a text, with its year when stated.</summary>
    public static (int? Month, int? Year) FirstMonth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in MonthWordPattern().Matches(text))
        {
            if (MonthOf(m.Groups["month"].Value) is { } month)
            {
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                return (month, year);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// A year the question confines events to ("in 2024", "pada tahun 2021", "2022"), not one inside
    /// a number or a statute ("30/2002"), with where the text says it, its preposition included.
    /// </summary>
    public static (int Year, int Start, int Length)? Year(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = YearPattern().Match(text);
        return m.Success ? (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Index, m.Length) : null;
    }

    /// <summary>A range of months ("between March and September 2022"), with where the text says it.</summary>
    public static MonthRange? Range(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in RangePattern().Matches(text))
        {
            if (MonthOf(m.Groups["from"].Value) is { } from && MonthOf(m.Groups["to"].Value) is { } to)
            {
                int? toYear = m.Groups["toYear"].Success ? int.Parse(m.Groups["toYear"].Value, CultureInfo.InvariantCulture) : null;
                int? fromYear = m.Groups["fromYear"].Success ? int.Parse(m.Groups["fromYear"].Value, CultureInfo.InvariantCulture)
                    : toYear is { } y ? (from <= to ? y : y - 1) : null;
                return new MonthRange(from, fromYear, to, toYear, m.Index, m.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The days of a month range. A month without a year is the most recent such month up to
    /// <paramref name="latest"/> (the latest date the articles mention); without that, no window.
    /// </summary>
    public static DateWindow Window(MonthRange range, DateOnly? latest)
    {
        ArgumentNullException.ThrowIfNull(range);
        var toYear = range.ToYear ?? (latest is { } l ? (range.ToMonth <= l.Month ? l.Year : l.Year - 1) : null);
        var fromYear = range.FromYear ?? (toYear is { } t ? (range.FromMonth <= range.ToMonth ? t : t - 1) : null);
        if (fromYear is not { } fy || toYear is not { } ty)
        {
            return DateWindow.Unbounded;
        }

        return new DateWindow(DateWindow.OfMonth(fy, range.FromMonth).From, DateWindow.OfMonth(ty, range.ToMonth).To);
    }

    /// <summary>The days of a month (of a year, or of the most recent such year up to <paramref name="latest"/>), or of a year.</summary>
    public static DateWindow Window(int? month, int? year, DateOnly? latest)
    {
        if (month is { } m)
        {
            return year is { } y ? DateWindow.OfMonth(y, m)
                : latest is { } l ? DateWindow.OfMonth(m <= l.Month ? l.Year : l.Year - 1, m)
                : DateWindow.Unbounded;
        }

        return year is { } onlyYear ? DateWindow.OfYear(onlyYear) : DateWindow.Unbounded;
    }

    private static int? MonthOf(string word)
    {
        // "may" is also an English modal verb; only a capitalized May is the month.
        if (word.Equals("may", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(word[0]))
        {
            return null;
        }

        return CalendarNames.Month(word) is var month and > 0 ? month : null;
    }

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9})\b(?:\s+(?<year>(?:19|20)\d{2}))?", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonthWordPattern();

    [GeneratedRegex(@"(?:\b(?:in|during|throughout|pada|sepanjang|selama|di|tahun)\s+)*(?<![\d/.,-])\b(?<year>(?:19|20)\d{2})\b(?![\d/.,-]\d)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:between|antara|from|dari|sejak)\s+(?:bulan\s+)?(?<from>[A-Za-z]{3,9})(?:\s+(?<fromYear>(?:19|20)\d{2}))?\s+(?:and|dan|to|until|till|through|hingga|sampai|ke)\s+(?:bulan\s+)?(?<to>[A-Za-z]{3,9})\b(?:\s+(?<toYear>(?:19|20)\d{2}))?", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RangePattern();
}

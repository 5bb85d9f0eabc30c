namespace Bot.Core.Time;

/// <summary>
/// Chooses the date an article's relative mentions are read against.
/// </summary>
/// <remarks>
/// Normally that is the publication date. But sites re-date old stories (a re-index stamps
/// "22/11/2024" on a report of a call on Friday 21 October 2022), and a weekday written next to a
/// day-month ("Jumat (21/10)") is evidence the re-dating cannot change. When such a weekday fits
/// an earlier year and not the one the publication date implies, the story is older than its
/// date line: the article is anchored at its latest weekday-verified or explicit event date, so
/// "terakhir berbicara pada 13 Mei" and "bulan depan" in it are read from October 2022, not from
/// November 2024. Without that contradiction the publication date stands, even when the text
/// cites old explicit dates, because citing history is normal.
/// </remarks>
internal static class ArticleDateAnchor
{
    public static DateReference Choose(DateReference published, IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlyList<DateExpression>> expressions)
    {
        string? contradiction = null;
        DateOnly? latestEvidence = null;
        for (var i = 0; i < expressions.Count; i++)
        {
            foreach (var e in expressions[i])
            {
                if (Evidence(e, published.Date, out var isContradiction) is not { } date)
                {
                    continue;
                }

                if (isContradiction)
                {
                    contradiction ??= sentences[i].Substring(e.Start, e.Length);
                }

                if (date <= published.Date && (latestEvidence is null || date > latestEvidence))
                {
                    latestEvidence = date;
                }
            }
        }

        if (contradiction is null || latestEvidence is not { } anchor || anchor >= published.Date)
        {
            return published;
        }

        return new DateReference(
            anchor,
            $"the article's anchor {CalendarNames.Format(anchor)} (its '{contradiction}' rules out its {published.Label})",
            Firm: false)
        {
            Replaced = published,
        };
    }

    /// <summary>
    /// The date an expression proves on its own (an explicit full date, or a day-month whose
    /// weekday picks the year), and whether that weekday contradicts the publication year.
    /// </summary>
    private static DateOnly? Evidence(DateExpression e, DateOnly published, out bool contradiction)
    {
        contradiction = false;
        if (e.IsFullDate)
        {
            return IsValid(e.Year!.Value, e.Month!.Value, e.Day!.Value)
                ? new DateOnly(e.Year.Value, e.Month.Value, e.Day.Value)
                : null;
        }

        if (!e.IsDayMonth || e.Weekday is not { } weekday
            || DateExpressionResolver.WeekdayYear(e.Day!.Value, e.Month!.Value, weekday, published.Year) is not { } year)
        {
            return null;
        }

        var natural = DateExpressionResolver.MostRecent(e.Day.Value, e.Month.Value, published, strictly: false);
        contradiction = year != published.Year && natural?.Year != year;
        return new DateOnly(year, e.Month.Value, e.Day.Value);
    }

    private static bool IsValid(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}

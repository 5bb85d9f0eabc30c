using System.Globalization;

namespace Bot.Core.Time;

/// <summary>
/// Turns a <see cref="DateExpression"/> into a calendar date against a reference date. Rules:
/// an explicit year wins; a stated weekday picks the year of a day-month (the nearest year at or
/// before the reference year where that day falls on that weekday); otherwise a day-month is the
/// most recent such day on or before the reference, because reported events are in the past;
/// "X lalu" / "last X" is the most recent X strictly before the reference.
/// </summary>
internal static class DateExpressionResolver
{
    public static DateMention? Resolve(DateExpression e, string text, DateReference? reference)
    {
        var written = text.Substring(e.Start, e.Length);
        var resolved = e.Kind switch
        {
            DateExpressionKind.Calendar => ResolveCalendar(e, written, reference),
            DateExpressionKind.Weekday => reference is null ? null : ResolveWeekday(e, written, reference),
            DateExpressionKind.RelativeDays => reference is null ? null : ResolveRelativeDays(e, written, reference),
            DateExpressionKind.RelativeMonths => reference is null ? null : ResolveRelativeMonths(e, written, reference),
            _ => reference is null ? null : ResolveRelativeYears(e, written, reference),
        };
        return resolved is { } r ? new DateMention(e.Start, e.Length, written, r.Date, r.Granularity, r.Reason) : null;
    }

    /// <summary>
    /// The year a stated weekday gives a day-month: the nearest year at or before
    /// <paramref name="latestYear"/> in which that day falls on that weekday.
    /// </summary>
    public static int? WeekdayYear(int day, int month, DayOfWeek weekday, int latestYear)
    {
        for (var year = latestYear; year > latestYear - DateRules.WeekdayYearSearch; year--)
        {
            if (TryDate(year, month, day, out var date) && date.DayOfWeek == weekday)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>The most recent day-month on (or, when <paramref name="strictly"/>, before) the reference.</summary>
    public static DateOnly? MostRecent(int day, int month, DateOnly reference, bool strictly)
    {
        for (var year = reference.Year; year > reference.Year - 8; year--)
        {
            if (TryDate(year, month, day, out var date) && (strictly ? date < reference : date <= reference))
            {
                return date;
            }
        }

        return null;
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveCalendar(DateExpression e, string written, DateReference? reference)
    {
        if (e.Year is null && e.YearOffset is { } offset && e.Month is { } relativeMonth)
        {
            return reference is null ? null : ResolveRelativeYearMonth(e, written, relativeMonth, reference.Date.Year + offset, reference);
        }

        if (e.Day is { } day && e.Month is { } month)
        {
            return e.Year is { } year ? ResolveFullDate(e, year, month, day) : ResolveDayMonth(e, written, day, month, reference);
        }

        if (e.Month is { } onlyMonth)
        {
            return ResolveMonth(e, written, onlyMonth, reference);
        }

        return e.Year is { } onlyYear
            ? (new DateOnly(onlyYear, 1, 1), DateGranularity.Year, Invariant($"explicit year {onlyYear}"))
            : null;
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveRelativeYearMonth(
        DateExpression e, string written, int month, int year, DateReference reference)
    {
        var granularity = e.Day is null ? DateGranularity.Month : DateGranularity.Day;
        if (year is < 1 or > 9999 || (e.Day is { } d && d > DateTime.DaysInMonth(year, month)))
        {
            return null;
        }

        var date = new DateOnly(year, month, e.Day ?? 1);
        return (date, granularity, Invariant($"'{written}' = year {year}, relative to {reference.Label}"));
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveFullDate(DateExpression e, int year, int month, int day)
    {
        if (!TryDate(year, month, day, out var date))
        {
            return null;
        }

        var reason = Invariant($"explicit date {day}/{month}/{year}");
        if (e.Weekday is { } weekday)
        {
            reason += date.DayOfWeek == weekday
                ? Invariant($", {e.WeekdayName} matches")
                : Invariant($"; the explicit year wins although it is a {date.DayOfWeek}, not {e.WeekdayName}");
        }

        return (date, DateGranularity.Day, reason);
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveDayMonth(DateExpression e, string written, int day, int month, DateReference? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var refYear = reference.Date.Year;
        if (e.Weekday is { } weekday && WeekdayYear(day, month, weekday, refYear) is { } year)
        {
            var date = new DateOnly(year, month, day);
            var reason = Invariant($"weekday {e.WeekdayName} fits {day}/{month} in {year}");
            // An anchored article still explains itself against the year its date line claimed.
            var claimedYear = reference.Replaced?.Date.Year ?? refYear;
            if (year != claimedYear && TryDate(claimedYear, month, day, out var sameYear))
            {
                reason += Invariant($" ({day}/{month}/{claimedYear} is a {sameYear.DayOfWeek})");
            }

            return (date, DateGranularity.Day, reason);
        }

        var strictly = e.Shift == DateShift.Last;
        if (MostRecent(day, month, reference.Date, strictly) is not { } recent)
        {
            return null;
        }

        var rule = strictly
            ? Invariant($"'{written}' = the last {CalendarNames.FormatDayMonth(day, month)} before {reference.Label}")
            : recent.Year == reference.Date.Year
                ? Invariant($"year from {reference.Label}")
                : Invariant($"year from {reference.Label}, the most recent {CalendarNames.FormatDayMonth(day, month)} before it");
        if (e.Weekday is not null)
        {
            rule += Invariant($" ({e.WeekdayName} fits no nearby year)");
        }

        return (recent, DateGranularity.Day, rule);
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveMonth(DateExpression e, string written, int month, DateReference? reference)
    {
        var part = e.Part switch
        {
            MonthPart.Early => "early ",
            MonthPart.Middle => "mid-",
            MonthPart.Late => "late ",
            _ => string.Empty,
        };
        var name = CalendarNames.MonthName(month);
        if (e.Year is { } year)
        {
            var explicitMonth = new DateOnly(year, month, 1);
            return (explicitMonth, DateGranularity.Month, Invariant($"explicit month {part}{CalendarNames.FormatMonth(explicitMonth)}"));
        }

        if (reference is null)
        {
            return null;
        }

        var r = reference.Date;
        var resolvedYear = e.Shift switch
        {
            DateShift.Last => month < r.Month ? r.Year : r.Year - 1,
            DateShift.Next => month > r.Month ? r.Year : r.Year + 1,
            DateShift.This => r.Year,
            _ => month <= r.Month ? r.Year : r.Year - 1,
        };
        var date = new DateOnly(resolvedYear, month, 1);
        var rule = e.Shift switch
        {
            DateShift.Last => $"the last {name} before {reference.Label}",
            DateShift.Next => $"the next {name} after {reference.Label}",
            DateShift.This => $"{name} of the year of {reference.Label}",
            _ => $"the most recent {name} up to {reference.Label}",
        };
        return (date, DateGranularity.Month, Invariant($"'{written}' = {rule}: {part}{CalendarNames.FormatMonth(date)}"));
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveWeekday(DateExpression e, string written, DateReference reference)
    {
        if (e.Weekday is not { } weekday)
        {
            return null;
        }

        var r = reference.Date;
        var back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
        var (date, rule) = e.Shift switch
        {
            DateShift.Last => (r.AddDays(back == 0 ? -7 : -back), "the last {0} before {1}"),
            DateShift.Next => (r.AddDays(forward == 0 ? 7 : forward), "the next {0} after {1}"),
            DateShift.This when forward <= 3 && forward < back => (r.AddDays(forward), "the {0} of the week of {1}"),
            _ => (r.AddDays(-back), "the most recent {0} on or before {1}"),
        };
        var reason = string.Format(CultureInfo.InvariantCulture, rule, e.WeekdayName, reference.Label);
        return (date, DateGranularity.Day, Invariant($"'{written}' = {reason}: {CalendarNames.Format(date)}"));
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveRelativeDays(DateExpression e, string written, DateReference reference)
    {
        var date = reference.Date.AddDays(e.Amount);
        var rule = e.Amount switch
        {
            0 => "the day of",
            -1 => "the day before",
            1 => "the day after",
            < 0 => Invariant($"{-e.Amount} days before"),
            _ => Invariant($"{e.Amount} days after"),
        };
        return (date, DateGranularity.Day, Invariant($"'{written}' = {rule} {reference.Label}"));
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveRelativeMonths(DateExpression e, string written, DateReference reference)
    {
        var date = new DateOnly(reference.Date.Year, reference.Date.Month, 1).AddMonths(e.Amount);
        var rule = e.Amount switch
        {
            0 => "the month of",
            < 0 => Invariant($"{-e.Amount} month(s) before"),
            _ => Invariant($"{e.Amount} month(s) after"),
        };
        return (date, DateGranularity.Month, Invariant($"'{written}' = {rule} {reference.Label}: {CalendarNames.FormatMonth(date)}"));
    }

    private static (DateOnly Date, DateGranularity Granularity, string Reason)? ResolveRelativeYears(DateExpression e, string written, DateReference reference)
    {
        var year = reference.Date.Year + e.Amount;
        if (year is < 1 or > 9999)
        {
            return null;
        }

        var rule = e.Amount switch
        {
            0 => "the year of",
            < 0 => Invariant($"{-e.Amount} year(s) before"),
            _ => Invariant($"{e.Amount} year(s) after"),
        };
        return (new DateOnly(year, 1, 1), DateGranularity.Year, Invariant($"'{written}' = {rule} {reference.Label}: {year}"));
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

namespace Bot.Core.Time;

/// <summary>
/// A date expression as written in a sentence, before resolution: the parts it states and the
/// markers around them. Resolution against a reference date turns it into a <see cref="DateMention"/>.
/// </summary>
internal sealed record DateExpression(int Start, int Length, DateExpressionKind Kind)
{
    public int? Day { get; init; }

    public int? Month { get; init; }

    public int? Year { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>The weekday as written ("Jum'at", "Friday"), for reasons.</summary>
    public string? WeekdayName { get; init; }

    public DateShift Shift { get; init; }

    /// <summary>A year relative to the reference year ("Oktober tahun lalu" is -1), when no year is written.</summary>
    public int? YearOffset { get; init; }

    public MonthPart Part { get; init; }

    /// <summary>Signed number of units for relative expressions: "kemarin" is -1 day.</summary>
    public int Amount { get; init; }

    /// <summary>True when "kemarin" follows a date ("Jumat (21/10/2022) kemarin"): the event was recent.</summary>
    public bool MarkedRecent { get; init; }

    public int End => Start + Length;

    /// <summary>Day and month without a year, e.g. "13 Mei" or "Jumat (21/10)".</summary>
    public bool IsDayMonth => Kind == DateExpressionKind.Calendar && Day is not null && Month is not null && Year is null;

    /// <summary>Day, month and year all written out.</summary>
    public bool IsFullDate => Kind == DateExpressionKind.Calendar && Day is not null && Month is not null && Year is not null;
}

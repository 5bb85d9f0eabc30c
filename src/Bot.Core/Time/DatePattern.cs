namespace Bot.Core.Time;

/// <summary>
/// A date as a question asks for it, with the parts the question leaves open left null: "the
/// May call" is Month 5 of any year, "13 May" is day 13 of month 5 of any year, "on Friday" is
/// any Friday. <see cref="Resolved"/> is the single most likely date (relative to the reference
/// date the question was read against), for answers that need one.
/// </summary>
public sealed record DatePattern(int Start, int Length, string Text, int? Year, int? Month, int? Day, DayOfWeek? Weekday, DateMention? Resolved)
{
    /// <summary>True when the day agrees with every part the pattern states.</summary>
    public bool Matches(DateOnly date)
        => (Year is null || Year == date.Year)
            && (Month is null || Month == date.Month)
            && (Day is null || Day == date.Day)
            && (Weekday is null || Weekday == date.DayOfWeek);

    /// <summary>
    /// True when a resolved mention can be the date asked for, comparing only down to the
    /// mention's granularity: a passage saying "Mei lalu" (May 2022) matches "13 May".
    /// </summary>
    public bool Matches(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var date = mention.Date;
        return mention.Granularity switch
        {
            DateGranularity.Year => Year is null || Year == date.Year,
            DateGranularity.Month => (Year is null || Year == date.Year) && (Month is null || Month == date.Month),
            _ => Matches(date),
        };
    }
}

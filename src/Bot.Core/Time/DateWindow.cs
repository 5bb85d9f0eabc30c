namespace Bot.Core.Time;

/// <summary>
/// The days a question confines the events it asks about to, both ends inclusive and either open:
/// "in 2022", "between March and September", "before the invasion", "since 13 May". A date
/// mention is inside when the first day it can mean is: "May 2022" is before 13 May.
/// </summary>
public sealed record DateWindow(DateOnly? From, DateOnly? To)
{
    public static DateWindow Unbounded { get; } = new(null, null);

    /// <summary>True when at least one end is set.</summary>
    public bool IsBounded => From is not null || To is not null;

    /// <summary>True when no day can be inside.</summary>
    public bool IsEmpty => From is { } from && To is { } to && from > to;

    /// <summary>Every day of one year.</summary>
    public static DateWindow OfYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Every day of one month.</summary>
    public static DateWindow OfMonth(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    /// <summary>The days a date mention can mean: one day, or its whole month or year.</summary>
    public static DateWindow Of(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Granularity switch
        {
            DateGranularity.Year => OfYear(mention.Date.Year),
            DateGranularity.Month => OfMonth(mention.Date.Year, mention.Date.Month),
            _ => new DateWindow(mention.Date, mention.Date),
        };
    }

    /// <summary>Strictly before this span: before its first day.</summary>
    public DateWindow Preceding => From is { } from ? new DateWindow(null, from.AddDays(-1)) : Unbounded;

    /// <summary>Strictly after this span: after its last day.</summary>
    public DateWindow Following => To is { } to ? new DateWindow(to.AddDays(1), null) : Unbounded;

    public DateWindow Intersect(DateWindow other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var from = From is { } a && other.From is { } b ? (a > b ? a : b) : From ?? other.From;
        var to = To is { } c && other.To is { } d ? (c < d ? c : d) : To ?? other.To;
        return new DateWindow(from, to);
    }

    public bool Contains(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date <= to);

    /// <summary>Whether the first day the mention can mean is inside.</summary>
    public bool Contains(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Contains(mention.Date);
    }
}

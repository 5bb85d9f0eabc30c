namespace Bot.Core.Time;

/// <summary>A range of months a question names ("between March and September 2022"), years as written, and where it is written.</summary>
public sealed record MonthRange(int FromMonth, int? FromYear, int ToMonth, int? ToYear, int Start, int Length);

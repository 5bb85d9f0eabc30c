namespace Bot.Core.Time;

/// <summary>
/// An article's date line read as a date, with the time of day and zone when it gives them;
/// <see cref="Line"/> is the line as written.
/// </summary>
public sealed record DateLine(DateOnly Date, TimeOnly? Time, string? TimeZone, string Line);

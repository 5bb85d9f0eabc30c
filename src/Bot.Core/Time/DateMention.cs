namespace Bot.Core.Time;

/// <summary>
/// A date mentioned in a sentence, resolved to a calendar day (or the first day of a month or
/// year, per <see cref="Granularity"/>). <see cref="Reason"/> says how it was resolved, e.g.
/// "weekday Jumat fits 21/10 in 2022, not 2024".
/// </summary>
public sealed record DateMention(int Start, int Length, string Text, DateOnly Date, DateGranularity Granularity, string Reason);

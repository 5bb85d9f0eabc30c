namespace Bot.Core.Time;

/// <summary>What a date expression names before it is resolved against a reference date.</summary>
internal enum DateExpressionKind
{
    /// <summary>Some of day, month and year, e.g. "13 Mei", "Mei 2022", "2019", "Jumat (21/10)".</summary>
    Calendar,

    /// <summary>A weekday on its own, e.g. "hari Jumat", "last Friday".</summary>
    Weekday,

    /// <summary>Days from the reference date, e.g. "kemarin", "3 hari lalu".</summary>
    RelativeDays,

    /// <summary>Months from the reference month, e.g. "bulan lalu", "next month".</summary>
    RelativeMonths,

    /// <summary>Years from the reference year, e.g. "tahun lalu", "60 tahun lalu".</summary>
    RelativeYears,
}

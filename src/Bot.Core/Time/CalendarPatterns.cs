namespace Bot.Core.Time;

/// <summary>
/// Month and weekday names as regular-expression alternations, for the source-generated date
/// patterns (which need constants). They spell the names of <see cref="CalendarNames"/>; a test
/// checks that every name of the table matches and nothing else does.
/// </summary>
internal static class CalendarPatterns
{
    public const string MonthFull = "Januari|January|Februari|Pebruari|February|Maret|March|April|Mei|May|Juni|June|Juli|July|Agustus|August|September|Oktober|October|November|Nopember|Desember|December";

    public const string MonthAbbreviation = "Sept|Sep|Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Okt|Oct|Nov|Des|Dec";

    /// <summary>Weekday names, with the apostrophe of "Jum'at" optional.</summary>
    public const string Weekday = "Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
}

namespace Bot.Core.Time;

/// <summary>The small word lists that tell a date from a look-alike ("may", "2019 orang", "halaman (1/2)").</summary>
public static partial class DateMentionFinder
{
    /// <summary>Words before "May" or "March" that make them months rather than a verb.</summary>
    private static readonly HashSet<string> MonthContextWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "since", "until", "till", "by", "from", "during", "of", "the", "last", "this", "next", "early", "late", "mid",
        "before", "after", "through", "throughout", "between", "and", "pada", "sejak", "hingga", "sampai", "bulan", "akhir", "awal",
    };

    /// <summary>Words after a bare year that make it a quantity, not a year.</summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "juta", "miliar", "milyar", "triliun", "ribu", "ratus", "orang", "unit", "ton", "km", "kg", "meter", "persen", "dolar", "dollar",
        "dollars", "rupiah", "million", "billion", "trillion", "thousand", "people", "troops", "tentara", "personel", "buah", "kali",
        "times", "soldiers", "pasukan", "warga", "korban", "jiwa", "hektare", "hektar", "liter", "barel", "barrels",
    };

    /// <summary>Words before a bare year that make it an amount or a number, not a year.</summary>
    private static readonly HashSet<string> AmountPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "rp", "us$", "$", "usd", "idr", "eur", "nomor", "no", "pasal", "ayat", "sebanyak", "sekitar", "hampir", "lebih", "kurang", "about",
        "nearly", "almost", "over", "some", "resolusi", "resolution", "nomer", "pukul", "jam",
    };

    /// <summary>Words before a parenthesised d/m that make it a page or part count.</summary>
    private static readonly HashSet<string> PageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "halaman", "hal", "page", "bagian", "part", "jilid", "seri", "episode", "babak", "skor", "score",
    };

    /// <summary>Words before "hari lalu" or "tahun lalu" that make them vague ("beberapa hari lalu").</summary>
    private static readonly HashSet<string> VagueCountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "beberapa", "berapa", "several", "few", "many", "banyak", "puluhan", "ratusan", "belasan",
    };
}

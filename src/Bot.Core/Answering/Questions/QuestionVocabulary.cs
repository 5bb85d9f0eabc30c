using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answering.Questions;

/// <summary>
/// Words of a question that say what kind of answer is wanted rather than what it is about,
/// so they are not matched against sentences.
/// </summary>
internal static class QuestionVocabulary
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "what", "when", "who", "whom", "whose", "where", "which", "why", "how", "long", "much", "many", "did", "does", "do", "is", "are", "was", "were",
        "will", "would", "can", "could", "has", "have", "had", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
        "it", "its", "that", "this", "these", "those", "there", "their", "they", "he", "she", "his", "her", "about", "as", "be", "been", "being", "into",
        "apa", "apakah", "kapan", "siapa", "siapakah", "mana", "di", "ke", "dari", "mengapa", "kenapa", "bagaimana", "berapa", "yang", "dan", "atau",
        "itu", "ini", "pada", "dengan", "untuk", "oleh", "kali", "lewat", "adalah", "ialah", "kah", "tersebut", "para", "sang", "si",
    };

    private static readonly HashSet<string> OrderWords = new(StringComparer.Ordinal)
    {
        "last", "latest", "recent", "recently", "most", "first", "earliest", "terakhir", "terbaru", "pertama", "awal", "paling",
    };

    /// <summary>
    /// "What date", "tanggal berapa", "on what day of the week", "berapa lama", "how many years":
    /// words naming the unit of the answer, which the sentence states as a date or a number, not as the word.
    /// </summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "date", "dates", "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "hour", "hours", "minute", "minutes",
        "tanggal", "hari", "pekan", "minggu", "bulan", "tahun", "jam", "pukul", "menit", "waktu", "lama", "lamanya",
    };

    public static bool IsIgnorable(string lower, QuestionAnalysis analysis)
    {
        if (Function.Contains(lower) || lower.Length < 2 || StopWords.IsStopWord(lower, analysis.Language))
        {
            return true;
        }

        if (analysis.Type is QuestionType.When or QuestionType.HowLong && TimeUnits.Contains(lower))
        {
            return true;
        }

        // "How many times", "how often": the count is the answer, the sentences state each time with its date.
        if (analysis.CountsEvents && lower is "times" or "often" or "sering" or "kali")
        {
            return true;
        }

        if (analysis.Order != TemporalOrder.None && OrderWords.Contains(lower))
        {
            return true;
        }

        // A year the question dates its events by is a constraint on dates, as month names are: not a word to find.
        if (analysis.Year is { } year && lower == year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return true;
        }

        // Month names are constraints on dates, not words to find.
        return analysis.Month is not null && MonthNames.TryParse(lower, out _);
    }
}

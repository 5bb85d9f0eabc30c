namespace Bot.Core.Conversations;

/// <summary>Words and phrases (English and Indonesian) that mark a question as a follow-up.</summary>
internal static class FollowUpVocabulary
{
    /// <summary>"The one before the date just answered."</summary>
    public static readonly FollowUpCue[] BeforeCues =
    [
        new("before that", false), new("before then", false), new("prior to that", false), new("earlier than that", false),
        new("the one before", false), new("the time before", false), new("previous one", false), new("previous time", false),
        new("yang sebelumnya", true), new("sebelum itu", true), new("sebelum ini", true), new("sebelumnya", true),
    ];

    /// <summary>"The one after the date just answered."</summary>
    public static readonly FollowUpCue[] AfterCues =
    [
        new("after that", false), new("after then", false), new("the one after", false), new("the next one", false),
        new("next time", false), new("the time after", false),
        new("setelah itu", true), new("sesudah itu", true), new("setelahnya", true), new("sesudahnya", true),
        new("berikutnya", true), new("selanjutnya", true),
    ];

    /// <summary>Openers that continue the previous question ("and who…", "dan siapa…").</summary>
    public static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "and", "so", "then", "also", "what about", "how about", "dan", "lalu", "terus", "kemudian", "kalau", "bagaimana dengan", "trus",
    };

    /// <summary>Words that point back at something said before.</summary>
    public static readonly HashSet<string> Anaphora = new(StringComparer.Ordinal)
    {
        "it", "that", "this", "they", "them", "he", "she", "him", "her", "his", "their", "those", "these",
        "itu", "ini", "tersebut", "dia", "ia", "mereka", "beliau",
    };

    /// <summary>Question words, auxiliaries and function words: what is left is the question's topic.</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "what", "when", "where", "who", "whom", "whose", "why", "which", "how", "did", "do", "does", "is", "are", "was", "were",
        "be", "been", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "or", "by", "from", "about", "has",
        "have", "had", "will", "would", "can", "could", "should", "there", "then", "so", "also", "tell", "me", "us", "please",
        "it", "that", "this", "they", "them", "he", "she", "him", "her", "his", "their", "those", "these", "its",
        "apa", "apakah", "siapa", "siapakah", "kapan", "kapankah", "mengapa", "kenapa", "bagaimana", "berapa", "mana", "dimana",
        "yang", "dan", "atau", "ke", "di", "dari", "dengan", "untuk", "pada", "itu", "ini", "tersebut", "dia", "ia", "mereka",
        "beliau", "adalah", "ada", "sudah", "telah", "akan", "lalu", "terus", "kemudian", "saja", "tentang", "oleh", "dalam", "kalau",
    };

    /// <summary>A follow-up has at most this many words of its own besides function words (e.g. "memulai" in "siapa yang memulai?").</summary>
    public const int MaxOwnContentWords = 1;

    /// <summary>Follow-ups are short; a longer question is read as standalone.</summary>
    public const int MaxFollowUpWords = 6;
}

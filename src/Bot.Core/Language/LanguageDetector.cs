using System.Collections.Frozen;

namespace Bot.Core.Language;

/// <summary>
/// Guesses whether a short text (a question) is English or Indonesian from function words
/// (question words, prepositions, auxiliaries) and, with less weight, from morphology: an
/// Indonesian affixed word that strips to a known root, or an English inflected word.
/// Ties go to Indonesian, the language of the corpus.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Evidence of an affixed word that strips to a known root (menelepon → telepon).</summary>
    private const double AffixEvidence = 0.75;

    /// <summary>Evidence of a plain word known in only one of the two vocabularies.</summary>
    private const double VocabularyEvidence = 0.25;

    private static readonly FrozenSet<string> IndonesianCues = new[]
    {
        "apa", "apakah", "siapa", "siapakah", "kapan", "kapankah", "mengapa", "kenapa", "bagaimana", "berapa", "berapakah",
        "dimana", "mana", "manakah", "di", "dan", "yang", "dengan", "ke", "dari", "ini", "itu", "untuk", "pada", "dalam",
        "tidak", "bukan", "ada", "adalah", "akan", "sudah", "telah", "juga", "kali", "terakhir", "pertama", "lewat",
        "sejak", "oleh", "saat", "tersebut", "bisa", "antara", "kepada", "tentang", "karena", "para", "sebelum",
        "setelah", "sesudah", "seperti", "atau", "dia", "mereka", "kami", "kita", "saya", "nya", "belum", "lalu",
        "bulan", "tahun", "hari", "tanggal", "soal", "menurut", "agar", "jadi", "sama", "masih",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishCues = new[]
    {
        "the", "a", "an", "is", "are", "was", "were", "did", "do", "does", "what", "who", "whom", "whose", "when", "where",
        "why", "how", "which", "of", "to", "in", "on", "with", "for", "and", "or", "last", "first", "said", "say", "has",
        "have", "had", "will", "would", "can", "could", "about", "after", "before", "between", "by", "from", "that",
        "this", "these", "those", "it", "he", "she", "they", "his", "her", "their", "not", "been", "be", "long", "many",
        "much", "call", "called", "speak", "talk", "meet", "tell", "me", "you",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static TextLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double indonesian = 0;
        double english = 0;
        var words = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var word = TermStemmer.NormalizeWord(token.Text.ToLowerInvariant());
            var isIndonesianCue = IndonesianCues.Contains(word);
            var isEnglishCue = EnglishCues.Contains(word);
            if (isIndonesianCue || isEnglishCue)
            {
                indonesian += isIndonesianCue ? 1 : 0;
                english += isEnglishCue ? 1 : 0;
                continue;
            }

            var (idEvidence, enEvidence) = MorphologyEvidence(word);
            indonesian += idEvidence;
            english += enEvidence;
        }

        if (words == 0)
        {
            return TextLanguage.Unknown;
        }

        return english > indonesian ? TextLanguage.English : TextLanguage.Indonesian;
    }

    private static (double Indonesian, double English) MorphologyEvidence(string word)
    {
        var isRoot = IndonesianRoots.Contains(word);
        var englishStem = EnglishStemmer.Stem(word);
        var isEnglish = EnglishIndonesianLexicon.Default.IsEnglishStem(englishStem);
        if (!isRoot && !IndonesianStemmer.Stem(word).Equals(word, StringComparison.Ordinal))
        {
            return (AffixEvidence, 0);
        }

        if (isRoot && !isEnglish)
        {
            return (VocabularyEvidence, 0);
        }

        if (isEnglish && !isRoot)
        {
            return (0, englishStem.Equals(word, StringComparison.Ordinal) ? VocabularyEvidence : AffixEvidence);
        }

        return (0, 0);
    }
}

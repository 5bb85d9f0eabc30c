namespace Bot.Core.Language;

/// <summary>Guesses whether a short text (a question) is English or Indonesian.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> IndonesianCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "apa", "siapa", "kapan", "mengapa", "kenapa", "bagaimana", "berapa", "di", "dan", "yang", "dengan", "ke", "dari", "apakah",
    };

    public static TextLanguage Detect(string text)
    {
        var words = Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).ToList();
        if (words.Count == 0)
        {
            return TextLanguage.Unknown;
        }

        var indonesian = words.Count(w => IndonesianCues.Contains(w.Text));
        return indonesian > 0 ? TextLanguage.Indonesian : TextLanguage.English;
    }
}

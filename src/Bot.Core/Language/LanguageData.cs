namespace Bot.Core.Language;

/// <summary>
/// Reads the small embedded word lists under Language/Data (format: <see cref="LanguageDataText"/>).
/// The large ones (the English → Indonesian lexicon and the Indonesian roots) are not read as text
/// at start-up: the build turns them into one binary image (<see cref="LexiconImage"/>). Sources and
/// licences of each file are named in the repository's NOTICE.
/// </summary>
internal static class LanguageData
{
    private const string ResourcePrefix = "Bot.Core.Language.Data.";

    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded language data '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return LanguageDataText.Lines(reader);
    }
}

namespace Bot.Core.Language;

public static class TextLanguageExtensions
{
    /// <summary>The ISO 639-1 code used in the answer contract ("en", "id").</summary>
    public static string ToCode(this TextLanguage language) => language switch
    {
        TextLanguage.Indonesian => "id",
        TextLanguage.English => "en",
        _ => "und",
    };
}

using System.Collections.Frozen;

namespace Bot.Core.Language;

/// <summary>
/// Function words of English and Indonesian that carry no topic. Question-critical words
/// (terakhir/last, pertama/first, sebelum/before, sesudah/after, mengatakan/said, tidak/not)
/// are deliberately kept out of both lists.
/// </summary>
internal static class StopWords
{
    private static readonly Lazy<FrozenSet<string>> Indonesian = new(() => Load("stopwords-id.txt"));
    private static readonly Lazy<FrozenSet<string>> English = new(() => Load("stopwords-en.txt"));

    /// <summary>True when the word is a stop word of the language (of either when it is unknown).</summary>
    public static bool IsStopWord(string lowercaseWord, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(lowercaseWord);
        return language switch
        {
            TextLanguage.Indonesian => Indonesian.Value.Contains(lowercaseWord),
            TextLanguage.English => English.Value.Contains(lowercaseWord),
            _ => Indonesian.Value.Contains(lowercaseWord) || English.Value.Contains(lowercaseWord),
        };
    }

    private static FrozenSet<string> Load(string file) => LanguageData.Lines(file).ToFrozenSet(StringComparer.Ordinal);
}

using Bot.Core.Language;

namespace Bot.Core.Answering.Spans;

/// <summary>Country, region and city names, to tell places from people in a run of capitalized words.</summary>
internal static class Places
{
    private static readonly HashSet<string> Names = new(LanguageData.Lines("places.txt"), StringComparer.OrdinalIgnoreCase);

    public static bool IsPlace(string word) => Names.Contains(word);
}

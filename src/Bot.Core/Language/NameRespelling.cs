namespace Bot.Core.Language;

/// <summary>
/// Generic respellings of a foreign name between English and Indonesian news usage, for names
/// no list knows: doubled letters collapse (Zelenskyy → Zelensky, Russia → Rusia), English -ine
/// becomes -ina (Ukraine → Ukraina), -ya and -iy endings swap with -ia and -y (Zelenskiy).
/// </summary>
internal static class NameRespelling
{
    private const int MinimumNameLength = 4;

    public static IReadOnlyList<string> Variants(string lowercaseName)
    {
        ArgumentNullException.ThrowIfNull(lowercaseName);
        var variants = new List<string>();
        if (lowercaseName.Length < MinimumNameLength || !lowercaseName.All(char.IsAsciiLetterLower))
        {
            return variants;
        }

        Add(variants, lowercaseName, CollapseDoubles(lowercaseName));
        if (lowercaseName.EndsWith("ine", StringComparison.Ordinal))
        {
            Add(variants, lowercaseName, lowercaseName[..^1] + "a");
        }

        if (lowercaseName.EndsWith("iy", StringComparison.Ordinal))
        {
            Add(variants, lowercaseName, lowercaseName[..^2] + "y");
        }

        if (lowercaseName.EndsWith("ya", StringComparison.Ordinal))
        {
            Add(variants, lowercaseName, lowercaseName[..^2] + "ia");
        }

        return variants;
    }

    private static void Add(List<string> variants, string original, string candidate)
    {
        if (!candidate.Equals(original, StringComparison.Ordinal) && !variants.Contains(candidate))
        {
            variants.Add(candidate);
        }
    }

    private static string CollapseDoubles(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            if (chars.Count == 0 || chars[^1] != c)
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }
}

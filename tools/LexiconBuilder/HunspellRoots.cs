using System.Text;

namespace Bot.Tools.LexiconBuilder;

/// <summary>Lower-case stems of the Indonesian Hunspell dictionary, without affix flags.</summary>
internal static class HunspellRoots
{
    public static IReadOnlyList<string> Read(string dicPath)
    {
        var latin1 = Encoding.Latin1;
        var lines = File.ReadAllLines(dicPath, latin1);
        var roots = new SortedSet<string>(StringComparer.Ordinal);

        // The first line is the entry count.
        foreach (var line in lines.Skip(1))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            // Capitalised entries are countries, days, months and holy books: roots like any other.
            var word = (slash >= 0 ? line[..slash] : line).Trim().ToLowerInvariant();
            if (word.Length < 2 || !word.All(c => c is (>= 'a' and <= 'z') or '-'))
            {
                continue;
            }

            roots.Add(word);
        }

        return [.. roots];
    }
}

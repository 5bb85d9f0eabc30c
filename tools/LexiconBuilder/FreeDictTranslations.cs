using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Tools.LexiconBuilder;

/// <summary>
/// Reads the dictd form of FreeDict eng-ind and keeps, per English headword, the first few clean
/// Indonesian renderings (the first rendering of every sense first, then the others).
/// </summary>
internal static partial class FreeDictTranslations
{
    private const int MaxRenderings = 4;
    private const int MaxWords = 3;
    private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static SortedDictionary<string, List<string>> Read(IEnumerable<string> indexLines, byte[] dict)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in indexLines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].StartsWith("00database", StringComparison.Ordinal))
            {
                continue;
            }

            var headword = parts[0].Trim().ToLowerInvariant();
            if (!HeadwordPattern().IsMatch(headword) || headword.Split(' ').Length > MaxWords)
            {
                continue;
            }

            var entry = Encoding.UTF8.GetString(dict, (int)FromBase64(parts[1]), (int)FromBase64(parts[2]));
            var senses = Senses(entry);
            if (senses.Count == 0)
            {
                continue;
            }

            if (!result.TryGetValue(headword, out var renderings))
            {
                renderings = [];
                result[headword] = renderings;
            }

            var ordered = senses.Where(s => s.Count > 0).Select(s => s[0]).Concat(senses.SelectMany(s => s.Skip(1)));
            foreach (var rendering in ordered)
            {
                if (renderings.Count < MaxRenderings && !renderings.Contains(rendering))
                {
                    renderings.Add(rendering);
                }
            }
        }

        foreach (var empty in result.Where(e => e.Value.Count == 0).Select(e => e.Key).ToList())
        {
            result.Remove(empty);
        }

        return result;
    }

    /// <summary>
    /// An entry is a header line ("word /ipa/ &lt;pos&gt;"), then per sense a line of comma-separated
    /// renderings (numbered "1. " when there are several) followed by an English gloss line.
    /// A bare " 2." line opens a sense without renderings.
    /// </summary>
    private static List<List<string>> Senses(string entry)
    {
        var lines = entry.Split('\n');
        var senses = new List<List<string>>();
        if (lines.Length < 2 || lines[0].Contains("<suffix>", StringComparison.Ordinal) || lines[0].Contains("<prefix>", StringComparison.Ordinal))
        {
            return senses;
        }

        var expectRenderings = true;
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd();
            if (BareSenseNumber().IsMatch(line))
            {
                expectRenderings = false;
                continue;
            }

            var numbered = NumberedSense().Match(line);
            if (numbered.Success || expectRenderings)
            {
                var text = numbered.Success ? numbered.Groups["text"].Value : line;
                text = TrailingSenseNumber().Replace(text, string.Empty);
                senses.Add(Clean(text));
                expectRenderings = false;
                continue;
            }

            // A gloss line; the next numbered line opens the next sense.
        }

        return senses;
    }

    private static List<string> Clean(string renderings)
    {
        var kept = new List<string>();
        foreach (var part in renderings.Split(','))
        {
            var candidate = part.Trim().ToLowerInvariant();
            if (candidate.Length >= 2 && RenderingPattern().IsMatch(candidate) && candidate.Split(' ').Length <= MaxWords)
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    private static long FromBase64(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 64) + Base64Digits.IndexOf(c, StringComparison.Ordinal);
        }

        return value;
    }

    [GeneratedRegex(@"^[a-z][a-z' \-]*[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadwordPattern();

    [GeneratedRegex(@"^[a-z][a-z \-]*[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex RenderingPattern();

    [GeneratedRegex(@"^\s*\d+\.$", RegexOptions.CultureInvariant)]
    private static partial Regex BareSenseNumber();

    [GeneratedRegex(@"^\d+\.\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedSense();

    [GeneratedRegex(@"\s+\d+\.$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSenseNumber();
}

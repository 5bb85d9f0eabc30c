using System.Text.RegularExpressions;

namespace Bot.Core.Answering.Composition;

/// <summary>
/// Renders short Indonesian answer spans (amounts, durations, country names) in English for
/// English questions; longer spans are quoted as written instead of being word-translated.
/// </summary>
internal static partial class EnglishGloss
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sekitar"] = "about", ["selama"] = "for", ["hampir"] = "nearly", ["kurang"] = "less", ["lebih"] = "more", ["dari"] = "than",
        ["sebanyak"] = string.Empty, ["sebesar"] = string.Empty, ["senilai"] = "worth", ["mencapai"] = "reaching",
        ["satu"] = "one", ["dua"] = "two", ["tiga"] = "three", ["empat"] = "four", ["lima"] = "five", ["enam"] = "six", ["tujuh"] = "seven",
        ["delapan"] = "eight", ["sembilan"] = "nine", ["sepuluh"] = "ten", ["setengah"] = "half an", ["beberapa"] = "several",
        ["detik"] = "seconds", ["menit"] = "minutes", ["jam"] = "hours", ["hari"] = "days", ["pekan"] = "weeks", ["minggu"] = "weeks",
        ["bulan"] = "months", ["tahun"] = "years", ["sejam"] = "one hour", ["sehari"] = "one day", ["sepekan"] = "one week", ["sebulan"] = "one month",
        ["setahun"] = "one year", ["ribu"] = "thousand", ["juta"] = "million", ["miliar"] = "billion", ["milyar"] = "billion", ["triliun"] = "trillion",
        ["persen"] = "percent", ["orang"] = "people", ["dolar"] = "dollars", ["warga"] = "residents", ["korban"] = "victims",
        ["AS"] = "the United States", ["Rusia"] = "Russia", ["Ukraina"] = "Ukraine",
        ["Moskow"] = "Moscow", ["PBB"] = "the United Nations", ["dan"] = "and",
    };

    /// <summary>Glosses a span when every word is known; otherwise returns null.</summary>
    public static string? TryGloss(string span)
    {
        // Multi-word names first; a placeholder keeps the English words out of the check below.
        const string UnitedStates = "\u0001";
        var output = Regex.Replace(span, @"\bAmerika Serikat\b", UnitedStates, RegexOptions.None, RegexBudget.MatchTimeout);
        var changed = !output.Equals(span, StringComparison.Ordinal);
        var words = WordPattern().Matches(output);
        foreach (Match word in words.Reverse())
        {
            if (Words.TryGetValue(word.Value, out var english))
            {
                output = output.Remove(word.Index, word.Length).Insert(word.Index, english);
                changed = true;
            }
            else if (word.Value.All(char.IsLower) && word.Value.Length > 2)
            {
                return null;
            }
        }

        if (!changed)
        {
            return null;
        }

        output = Regex.Replace(output.Replace(UnitedStates, "the United States", StringComparison.Ordinal), @"\s{2,}", " ", RegexOptions.None, RegexBudget.MatchTimeout).Trim();
        output = Regex.Replace(output, @"\bone (hours|minutes|days|weeks|months|years|seconds)\b", m => "one " + m.Groups[1].Value.TrimEnd('s'), RegexOptions.None, RegexBudget.MatchTimeout);
        return output;
    }

    [GeneratedRegex(@"[\p{L}]+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WordPattern();
}

using System.Text.RegularExpressions;
using Bot.Core.Time;

namespace Bot.Core.Articles;

/// <summary>
/// A date line that carries the outlet's brand beside the date, as many Indonesian sites print
/// it: "Kompas.com - 14/05/2022, 10:00 WIB", "CNN Indonesia | Senin, 14/11/2017 17:08 WIB",
/// "14 Mei 2022 | Jitunews".
/// </summary>
internal static partial class BrandedDateLine
{
    /// <summary>A brand is at most this many words.</summary>
    private const int MaxBrandWords = 4;

    public static bool TryParse(string line, out string brand, out DateLine date)
    {
        brand = string.Empty;
        date = null!;
        foreach (var m in new[] { BrandFirstPattern().Match(line), BrandLastPattern().Match(line) })
        {
            var candidate = m.Groups["brand"].Value.Trim();
            if (m.Success && IsBrand(candidate) && PublicationDateParser.TryParse(m.Groups["date"].Value, out date))
            {
                brand = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>A few capitalized words or a domain, not a sentence ("Oleh Redaksi" is no brand either).</summary>
    private static bool IsBrand(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxBrandWords
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]))
            && !words.Any(w => PublicationDateParser.TryParse(w + " 1 2000", out _));
    }

    [GeneratedRegex(@"^(?<brand>[\p{L}\d][\p{L}\d.\- ]{1,40}?)\s*(?:\||·|•|[-–—]{1,2}|,)\s*(?<date>.+)$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BrandFirstPattern();

    [GeneratedRegex(@"^(?<date>.+?)\s*(?:\||·|•|[-–—]{1,2})\s*(?<brand>[\p{L}\d][\p{L}\d.\- ]{1,40})$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BrandLastPattern();
}

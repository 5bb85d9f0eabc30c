using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Summaries;

/// <summary>
/// Makes a quoted sentence fit to stand in a summary: the dateline or outlet banner that opens a
/// lead ("Jakarta, CNN Indonesia - -", "Wamena (ANTARA News) -", "TRIBUNWOW.COM -") and a trailing
/// desk credit ("(ant/ded)", "[PageSix.com]") are removed; bylines, cross-links and promotions
/// ("Baca juga: …", "Saksikan video …", "Download aplikasi …") are no summary sentence at all.
/// The rules are shapes of page furniture, never a particular site.
/// </summary>
internal static partial class SentenceCleaner
{
    /// <summary>The sentence without dateline and credit, or null when nothing of it belongs in a summary.</summary>
    /// <param name="outlet">The article's outlet, when known: its name alone before the dash is a dateline too ("Rimanews - …").</param>
    public static string? Clean(string sentence, int maxDatelineLength, string? outlet = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = Space().Replace(sentence, " ").Trim();
        if (text.Length == 0 || IsFurniture(text))
        {
            return null;
        }

        text = StripDateline(LeadingDebris().Replace(text, ""), maxDatelineLength, outlet);
        text = TrailingCredit().Replace(text, "").Trim();
        return text.Any(char.IsLetter) && !IsFurniture(text) ? text : null;
    }

    /// <summary>Drops "Jakarta, CNN Indonesia - -", "SPANYOL –", "Merdeka.com -" and the like from the start.</summary>
    internal static string StripDateline(string text, int maxLength, string? outlet = null)
    {
        var separator = DatelineSeparator().Match(text);
        if (!separator.Success || separator.Index > maxLength)
        {
            return text;
        }

        var prefix = text[..separator.Index].Trim();
        var rest = text[(separator.Index + separator.Length)..].Trim();
        return IsDateline(prefix, outlet) ? rest : text;
    }

    /// <summary>
    /// A dateline is names only (every word capitalized, a number, or a web address), and at least one
    /// mark of a dateline: an outlet's address, a bracketed outlet, a word in capitals, or a comma
    /// between place and outlet or date, or the name of the article's own outlet. "AS dan Rusia
    /// berbicara" has lower-case words: a sentence.
    /// </summary>
    private static bool IsDateline(string prefix, string? outlet)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        var words = prefix.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var namesOnly = words.All(w =>
        {
            var core = w.Trim('(', ')', '[', ']');
            return core.Length == 0 || char.IsUpper(core[0]) || char.IsDigit(core[0]) || core.Contains('.', StringComparison.Ordinal);
        });
        var marked = prefix.Contains(',', StringComparison.Ordinal)
            || prefix.Contains('(', StringComparison.Ordinal)
            || words.Any(w => w.Contains('.', StringComparison.Ordinal) || (w.Length >= 3 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))));
        return namesOnly && (marked || NamesOutlet(prefix, outlet));
    }

    /// <summary>"Rimanews" for outlet "rimanews", "Kompas" for "Kompas.com": letters compared, case ignored.</summary>
    private static bool NamesOutlet(string prefix, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return false;
        }

        static string Letters(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToUpperInvariant();
        var name = Letters(outlet.Split('.')[0]);
        return name.Length >= 3 && Letters(prefix).Contains(name, StringComparison.Ordinal);
    }

    private static bool IsFurniture(string text)
        => LineClassifier.Classify(text) is LineKind.Boilerplate or LineKind.Metadata or LineKind.DomainLine or LineKind.EndMarker
            || Promotion().IsMatch(text);

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Space();

    // Symbols before the first word (bullets, a stray comma, mis-decoded dashes such as "‚Äì"); quotes and brackets open sentences and stay.
    [GeneratedRegex(@"^[^\p{L}\p{N}""“‘'(\[]+(?=[\p{L}\p{N}""“‘'(\[])", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingDebris();

    // " - ", " – ", " — ", " - - ", "--": the dash that ends a dateline; a hyphen inside a word never does.
    [GeneratedRegex(@"\s*(?:--|[-–—])(?:\s*[-–—])*\s+|\s+(?:--|[-–—])(?:\s*[-–—])*\s*$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DatelineSeparator();

    // A desk or source credit after the last sentence: "(ant/ded)", "(mdk/tyo)", "[PageSix.com]", "(Antara)".
    // Only after the closing punctuation, and letters only, so "pada Jumat (21/10)" and "Amerika Serikat (AS)" stay.
    [GeneratedRegex(@"(?<=^|[.!?""”’]\s?)[\(\[][\p{L}./ ]{2,24}[\)\]]\s*$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingCredit();

    // Calls to watch, follow, download or subscribe that open a sentence.
    [GeneratedRegex(@"^(saksikan|tonton|simak|lihat)\s+(juga\s+)?(video|live|siaran|tayangan|selengkapnya|berikut|di\s)|^(ikuti|follow|download|unduh|klik|dapatkan|subscribe|berlangganan|gabung(lah)?)\b|^(watch|follow us|subscribe|sign up)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Promotion();
}

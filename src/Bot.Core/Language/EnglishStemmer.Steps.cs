using System.Collections.Frozen;
using System.Text;

namespace Bot.Core.Language;

internal static partial class EnglishStemmer
{
    private static readonly string[] RegionOnePrefixes = ["gener", "commun", "arsen"];

    private static readonly FrozenDictionary<string, string> ExceptionalForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> InvariantAfterStep1A = new[]
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Step0Suffixes = ["'s'", "'s", "'"];
    private static readonly string[] Step1ASuffixes = ["sses", "ied", "ies", "us", "ss", "s"];
    private static readonly string[] Step1BSuffixes = ["eedly", "eed", "ingly", "edly", "ing", "ed"];
    private static readonly string[] Doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", string.Empty),
    ];

    private static readonly string[] Step2Suffixes = [.. Step2Rules.Select(r => r.Suffix)];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", string.Empty), ("ical", "ic"), ("ness", string.Empty), ("ful", string.Empty),
    ];

    private static readonly string[] Step3Suffixes = [.. Step3Rules.Select(r => r.Suffix)];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
    ];

    private static void Step0(StringBuilder w)
    {
        if (LongestSuffix(w, Step0Suffixes) is { } suffix)
        {
            w.Length -= suffix.Length;
        }
    }

    private static void Step1A(StringBuilder w)
    {
        switch (LongestSuffix(w, Step1ASuffixes))
        {
            case "sses":
                Replace(w, "sses", "ss");
                break;
            case "ied" or "ies":
                // "cries" → "cri" but "ties" → "tie": one letter before the suffix keeps the e.
                Replace(w, "ies", w.Length > 4 ? "i" : "ie");
                break;
            case "s":
                // Delete if a vowel occurs before the letter preceding the s ("gaps" but not "gas").
                if (ContainsVowel(w, 0, w.Length - 2))
                {
                    w.Length--;
                }

                break;
            default:
                break;
        }
    }

    private static void Step1B(StringBuilder w, int r1)
    {
        var suffix = LongestSuffix(w, Step1BSuffixes);
        switch (suffix)
        {
            case null:
                return;
            case "eed" or "eedly":
                if (w.Length - suffix.Length >= r1)
                {
                    Replace(w, suffix, "ee");
                }

                return;
            default:
                break;
        }

        if (!ContainsVowel(w, 0, w.Length - suffix.Length))
        {
            return;
        }

        w.Length -= suffix.Length;
        if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
        {
            w.Append('e');
        }
        else if (LongestSuffix(w, Doubles) is not null)
        {
            w.Length--;
        }
        else if (IsShort(w, r1))
        {
            w.Append('e');
        }
    }

    private static void Step1C(StringBuilder w)
    {
        var n = w.Length;
        if (n > 2 && (w[n - 1] is 'y' or 'Y') && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i';
        }
    }

    private static void Step2(StringBuilder w, int r1)
    {
        var suffix = LongestSuffix(w, Step2Suffixes);
        if (suffix is null || w.Length - suffix.Length < r1)
        {
            return;
        }

        switch (suffix)
        {
            case "ogi":
                if (w.Length > 3 && w[w.Length - 4] == 'l')
                {
                    Replace(w, suffix, "og");
                }

                return;
            case "li":
                if (w.Length > 2 && w[w.Length - 3] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')
                {
                    w.Length -= 2;
                }

                return;
            default:
                Replace(w, suffix, Step2Rules.First(r => r.Suffix.Equals(suffix, StringComparison.Ordinal)).Replacement);
                return;
        }
    }

    private static void Step3(StringBuilder w, int r1, int r2)
    {
        var suffix = LongestSuffix(w, Step3Suffixes);
        if (suffix is null || w.Length - suffix.Length < r1)
        {
            return;
        }

        if (suffix == "ative")
        {
            if (w.Length - suffix.Length >= r2)
            {
                w.Length -= suffix.Length;
            }

            return;
        }

        Replace(w, suffix, Step3Rules.First(r => r.Suffix.Equals(suffix, StringComparison.Ordinal)).Replacement);
    }

    private static void Step4(StringBuilder w, int r2)
    {
        var suffix = LongestSuffix(w, Step4Suffixes);
        if (suffix is null || w.Length - suffix.Length < r2)
        {
            return;
        }

        if (suffix == "ion")
        {
            var before = w.Length - 4;
            if (before >= 0 && w[before] is 's' or 't')
            {
                w.Length -= 3;
            }

            return;
        }

        w.Length -= suffix.Length;
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        var n = w.Length;
        if (n == 0)
        {
            return;
        }

        if (w[n - 1] == 'e')
        {
            var start = n - 1;
            if (start >= r2)
            {
                w.Length--;
                return;
            }

            if (start >= r1)
            {
                w.Length--;
                var shortSyllable = EndsWithShortSyllable(w);
                if (shortSyllable)
                {
                    w.Append('e');
                }
            }

            return;
        }

        if (w[n - 1] == 'l' && n - 1 >= r2 && n >= 2 && w[n - 2] == 'l')
        {
            w.Length--;
        }
    }
}

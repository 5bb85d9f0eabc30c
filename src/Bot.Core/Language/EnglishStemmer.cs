using System.Text;

namespace Bot.Core.Language;

/// <summary>
/// The Porter2 (Snowball English) stemmer, written from the published algorithm description:
/// exceptional forms, regions R1/R2, then steps 0–5 applied to a mutable buffer.
/// </summary>
internal static partial class EnglishStemmer
{
    public static string Stem(string lowercaseWord)
    {
        ArgumentNullException.ThrowIfNull(lowercaseWord);
        if (lowercaseWord.Length <= 2)
        {
            return lowercaseWord;
        }

        if (ExceptionalForms.TryGetValue(lowercaseWord, out var exceptional))
        {
            return exceptional;
        }

        var w = new StringBuilder(lowercaseWord.TrimStart('\''));
        if (w.Length <= 2)
        {
            return w.ToString();
        }

        MarkConsonantY(w);
        var r1 = RegionOne(w);
        var r2 = RegionAfter(w, r1);

        Step0(w);
        Step1A(w);
        var afterStep1A = w.ToString();
        if (InvariantAfterStep1A.Contains(afterStep1A))
        {
            return afterStep1A.Replace('Y', 'y');
        }

        Step1B(w, r1);
        Step1C(w);
        Step2(w, r1);
        Step3(w, r1, r2);
        Step4(w, r2);
        Step5(w, r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A y at the start or after a vowel is a consonant: written Y until the end.</summary>
    private static void MarkConsonantY(StringBuilder w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
            }
        }
    }

    /// <summary>R1 starts after the first non-vowel that follows a vowel (after gener/commun/arsen).</summary>
    private static int RegionOne(StringBuilder w)
    {
        var text = w.ToString();
        foreach (var prefix in RegionOnePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return RegionAfter(w, 0);
    }

    private static int RegionAfter(StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    /// <summary>
    /// A short syllable ends the word: vowel, then a non-vowel other than w, x, Y, preceded by a
    /// non-vowel; or a vowel at the start followed by a non-vowel.
    /// </summary>
    private static bool EndsWithShortSyllable(StringBuilder w)
    {
        var n = w.Length;
        if (n == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return n >= 3 && !IsVowel(w[n - 3]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 1]) && w[n - 1] is not ('w' or 'x' or 'Y');
    }

    private static bool IsShort(StringBuilder w, int r1) => r1 >= w.Length && EndsWithShortSyllable(w);

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        var offset = w.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[offset + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest of <paramref name="suffixes"/> the word ends with, or null.</summary>
    private static string? LongestSuffix(StringBuilder w, string[] suffixes)
    {
        string? longest = null;
        foreach (var suffix in suffixes)
        {
            if ((longest is null || suffix.Length > longest.Length) && EndsWith(w, suffix))
            {
                longest = suffix;
            }
        }

        return longest;
    }

    private static void Replace(StringBuilder w, string suffix, string replacement)
    {
        w.Length -= suffix.Length;
        w.Append(replacement);
    }

    private static bool ContainsVowel(StringBuilder w, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }
}

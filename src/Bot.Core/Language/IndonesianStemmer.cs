namespace Bot.Core.Language;

/// <summary>
/// A dictionary-checked confix-stripping stemmer for Indonesian in the style of Nazief–Adriani and
/// its enhanced variant (ECS): inflectional particles (-lah, -kah, -tah, -pun), possessives (-ku,
/// -mu, -nya), derivational suffixes (-i, -kan, -an) and up to three prefixes (di-, ke-, se-, beR-,
/// teR-, meN-, peN-, per-) with their sound changes (meny- → s, meng- → k, mem- → p, men- → t …).
/// </summary>
/// <remarks>
/// Every way of stripping the word is tried and only decompositions whose remainder is a known
/// root count; among them the one removing the fewest affixes wins (so "memakai" is "pakai", not
/// "maka" + -i), ties going to the suffix-first reading of ECS ("memberikan" is "beri", not
/// "ikan"), then to the first sound-change rule listed. A word with no such decomposition is
/// returned unchanged: the stemmer never over-stems ("menteri", "pertama" stay whole).
/// </remarks>
internal static partial class IndonesianStemmer
{
    /// <summary>Roots shorter than this are too ambiguous to accept after stripping an affix.</summary>
    private const int MinimumRootLength = 3;

    /// <summary>Nazief–Adriani allow at most three stacked prefixes (e.g. di-per-ke-).</summary>
    private const int MaximumPrefixes = 3;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] DerivationalSuffixes = ["an", "kan", "i"];

    public static string Stem(string lowercaseWord)
    {
        ArgumentNullException.ThrowIfNull(lowercaseWord);
        if (lowercaseWord.Length <= MinimumRootLength || IndonesianRoots.Contains(lowercaseWord))
        {
            return lowercaseWord;
        }

        var hyphen = lowercaseWord.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0)
        {
            return StemHyphenated(lowercaseWord, hyphen);
        }

        var best = default(Decomposition);
        var order = 0;
        foreach (var form in SuffixForms(lowercaseWord))
        {
            if (form.Suffixes > 0 && IsAcceptableRoot(form.Text))
            {
                Consider(ref best, new Decomposition(form.Text, form.Suffixes, 0, order++));
            }

            SearchPrefixes(form, form.Text, 0, PrefixKind.None, ref best, ref order);
        }

        return best.Root ?? lowercaseWord;
    }

    private static string StemHyphenated(string word, int hyphen)
    {
        // Reduplication ("negara-negara", "serangan-serangan", "berhari-hari") stems to the shared root.
        var first = Stem(word[..hyphen]);
        var second = Stem(word[(hyphen + 1)..]);
        return first.Equals(second, StringComparison.Ordinal) ? first : word;
    }

    private static bool IsAcceptableRoot(string candidate) =>
        candidate.Length >= MinimumRootLength && IndonesianRoots.Contains(candidate);

    private static void SearchPrefixes(SuffixForm form, string text, int depth, PrefixKind used, ref Decomposition best, ref int order)
    {
        if (depth >= MaximumPrefixes)
        {
            return;
        }

        foreach (var (rest, kind) in PrefixReadings(text))
        {
            if ((used & kind) != 0 || (depth == 0 && IsDisallowedConfix(kind, form.Derivational)))
            {
                continue;
            }

            if (IsAcceptableRoot(rest))
            {
                Consider(ref best, new Decomposition(rest, form.Suffixes, depth + 1, order++));
                continue;
            }

            SearchPrefixes(form, rest, depth + 1, used | kind, ref best, ref order);
        }
    }

    private static void Consider(ref Decomposition best, Decomposition candidate)
    {
        if (best.Root is null || candidate.IsBetterThan(best))
        {
            best = candidate;
        }
    }

    /// <summary>
    /// The word with particle, possessive and derivational suffix removed in the standard order,
    /// every partial removal included (so a root ending in "-kan" or "-i" still has a chance).
    /// </summary>
    private static List<SuffixForm> SuffixForms(string word)
    {
        var forms = new List<SuffixForm> { new(word, 0, null) };
        foreach (var particle in Particles)
        {
            if (word.Length > particle.Length + MinimumRootLength && word.EndsWith(particle, StringComparison.Ordinal))
            {
                forms.Add(new SuffixForm(word[..^particle.Length], 1, null));
            }
        }

        foreach (var form in forms.ToList())
        {
            foreach (var possessive in Possessives)
            {
                if (form.Text.Length > possessive.Length + MinimumRootLength && form.Text.EndsWith(possessive, StringComparison.Ordinal))
                {
                    forms.Add(new SuffixForm(form.Text[..^possessive.Length], form.Suffixes + 1, null));
                }
            }
        }

        foreach (var form in forms.ToList())
        {
            foreach (var suffix in DerivationalSuffixes)
            {
                if (form.Text.Length > suffix.Length + MinimumRootLength - 1 && form.Text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    forms.Add(new SuffixForm(form.Text[..^suffix.Length], form.Suffixes + 1, suffix));
                }
            }
        }

        return forms;
    }

    /// <summary>Prefix and suffix pairs that do not occur together (Nazief–Adriani).</summary>
    private static bool IsDisallowedConfix(PrefixKind prefix, string? suffix) => (prefix, suffix) switch
    {
        (PrefixKind.Be, "i") => true,
        (PrefixKind.Di, "an") => true,
        (PrefixKind.Ke, "i" or "kan") => true,
        (PrefixKind.Me, "an") => true,
        (PrefixKind.Se, "i" or "kan") => true,
        (PrefixKind.Te, "an") => true,
        _ => false,
    };

    private readonly record struct SuffixForm(string Text, int Suffixes, string? Derivational);

    private readonly record struct Decomposition(string? Root, int Suffixes, int Prefixes, int Order)
    {
        public bool IsBetterThan(Decomposition other)
        {
            var affixes = Suffixes + Prefixes;
            var otherAffixes = other.Suffixes + other.Prefixes;
            if (affixes != otherAffixes)
            {
                return affixes < otherAffixes;
            }

            return Suffixes != other.Suffixes ? Suffixes > other.Suffixes : Order < other.Order;
        }
    }
}

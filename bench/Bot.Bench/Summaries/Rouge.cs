using System.Text.RegularExpressions;

namespace Bot.Bench.Summaries;

/// <summary>Precision, recall and their harmonic mean (F1) of one ROUGE measure; all zero when nothing overlaps.</summary>
internal readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static RougeScore From(int overlap, int candidate, int reference)
    {
        if (overlap == 0 || candidate == 0 || reference == 0)
        {
            return default;
        }

        var p = (double)overlap / candidate;
        var r = (double)overlap / reference;
        return new RougeScore(p, r, 2 * p * r / (p + r));
    }
}

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference.</summary>
internal sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL);

/// <summary>
/// ROUGE (Lin 2004) over lower-cased word tokens: runs of letters and digits, so punctuation and
/// the dataset's detokenisation spaces do not count, and "mata-mata" is two tokens. ROUGE-N counts
/// n-grams with clipping (an n-gram matches at most as often as the reference has it). ROUGE-L is the
/// longest common subsequence of the whole candidate and the whole reference (no sentence split, no
/// stemming, no stop-word removal).
/// </summary>
internal static partial class Rouge
{
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant())];
    }

    public static RougeScores Score(string candidate, string reference)
    {
        var c = Tokens(candidate);
        var r = Tokens(reference);
        return new RougeScores(N(c, r, 1), N(c, r, 2), L(c, r));
    }

    public static RougeScore N(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var wanted = Grams(reference, n);
        var overlap = 0;
        foreach (var (gram, count) in Grams(candidate, n))
        {
            overlap += Math.Min(count, wanted.GetValueOrDefault(gram));
        }

        return RougeScore.From(overlap, Math.Max(0, candidate.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    public static RougeScore L(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        return RougeScore.From(LongestCommonSubsequence(candidate, reference), candidate.Count, reference.Count);
    }

    internal static int LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Two rows of the dynamic programme: summaries are a few hundred tokens.
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        foreach (var x in a)
        {
            for (var j = 0; j < b.Count; j++)
            {
                current[j + 1] = string.Equals(x, b[j], StringComparison.Ordinal) ? previous[j] + 1 : Math.Max(previous[j + 1], current[j]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

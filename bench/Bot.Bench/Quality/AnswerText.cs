using System.Text.RegularExpressions;

namespace Bot.Bench.Quality;

/// <summary>Whether an answer contains a gold answer text, ignoring case and runs of white space.</summary>
internal static partial class AnswerText
{
    public static bool ContainsAny(string answer, IEnumerable<string> golds)
    {
        var normalized = Normalize(answer);
        return golds.Select(Normalize).Any(g => g.Length > 0 && normalized.Contains(g, StringComparison.Ordinal));
    }

    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

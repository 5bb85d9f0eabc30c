using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Tests.Eval;

/// <summary>
/// Scores one `ask --json` answer against an eval case. Answerable: answered, text matches
/// `expect`, nothing matches `forbid`, at least one citation in `gold`, every citation in
/// `allowed`. Unanswerable: answered is false.
/// </summary>
public static class EvalScorer
{
    public static IReadOnlyList<string> Problems(EvalCase eval, JsonElement answer)
    {
        ArgumentNullException.ThrowIfNull(eval);
        var problems = new List<string>();
        var answered = answer.GetProperty("answered").GetBoolean();
        var text = answer.GetProperty("answer").GetString() ?? string.Empty;
        var cited = answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("article").GetString()!).ToList();
        if (!eval.Answerable)
        {
            if (answered)
            {
                problems.Add($"answered an unanswerable question: {text}");
            }

            return problems;
        }

        if (!answered)
        {
            problems.Add($"did not answer: {text}");
        }

        if (eval.Expect is { } expect && !Regex.IsMatch(text, expect, RegexOptions.IgnoreCase))
        {
            problems.Add($"answer '{text}' does not match /{expect}/");
        }

        foreach (var forbidden in eval.Forbid ?? [])
        {
            if (Regex.IsMatch(text, forbidden, RegexOptions.IgnoreCase))
            {
                problems.Add($"answer '{text}' matches forbidden /{forbidden}/");
            }
        }

        if (eval.Gold is { } gold && !cited.Any(gold.Contains))
        {
            problems.Add($"no citation among gold [{string.Join(", ", gold)}]; cited [{string.Join(", ", cited)}]");
        }

        if (eval.Allowed is { } allowed && cited.FirstOrDefault(c => !allowed.Contains(c)) is { } stray)
        {
            problems.Add($"cites {stray}, which is not allowed");
        }

        return problems;
    }
}

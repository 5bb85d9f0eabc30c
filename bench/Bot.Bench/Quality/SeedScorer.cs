using System.Text.RegularExpressions;
using Bot.Bench.Corpus;
using Bot.Core.Answering.Contracts;

namespace Bot.Bench.Quality;

/// <summary>
/// Scores an answer against a dev.jsonl case as the answer-engine tests do: an answerable case
/// needs answered, the text matching <c>expect</c> (case-insensitive regex), nothing matching
/// <c>forbid</c>, at least one citation in <c>gold</c> and every citation in <c>allowed</c>;
/// an unanswerable case needs answered: false.
/// </summary>
internal static class SeedScorer
{
    private const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static SeedOutcome Score(SeedCase seed, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(answer);
        var failure = Failure(seed, answer);
        return new SeedOutcome(seed.Id, seed.Question, failure is null, failure, answer.Text);
    }

    private static string? Failure(SeedCase seed, Answer answer)
    {
        if (!seed.Answerable)
        {
            return answer.Answered ? "answered an unanswerable question" : null;
        }

        if (!answer.Answered)
        {
            return "abstained";
        }

        if (seed.Expect is not null && !Regex.IsMatch(answer.Text, seed.Expect, PatternOptions, BenchSettings.PatternTimeout))
        {
            return "text does not match expect";
        }

        var forbidden = seed.Forbid.FirstOrDefault(f => Regex.IsMatch(answer.Text, f, PatternOptions, BenchSettings.PatternTimeout));
        if (forbidden is not null)
        {
            return $"text matches forbidden '{forbidden}'";
        }

        if (!answer.Citations.Any(c => seed.Gold.Contains(c.Article, StringComparer.Ordinal)))
        {
            return "no gold citation";
        }

        var stray = answer.Citations.FirstOrDefault(c => seed.Allowed.Count > 0 && !seed.Allowed.Contains(c.Article, StringComparer.Ordinal));
        return stray is null ? null : $"cites {stray.Article}, not allowed";
    }
}

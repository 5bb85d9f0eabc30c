namespace Bot.Bench.Quality;

/// <summary>One dev.jsonl case: passed or not, and why not.</summary>
internal sealed record SeedOutcome(string Id, string Question, bool Passed, string? Failure, string AnswerText);

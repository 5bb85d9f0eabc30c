namespace Bot.Bench.Corpus;

/// <summary>One case of eval/dev.jsonl: a question about the seed articles and how to score its answer.</summary>
internal sealed record SeedCase(
    string Id,
    string Question,
    bool Answerable,
    string? Expect,
    IReadOnlyList<string> Gold,
    IReadOnlyList<string> Allowed,
    IReadOnlyList<string> Forbid);

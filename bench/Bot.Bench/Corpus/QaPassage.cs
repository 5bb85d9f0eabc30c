namespace Bot.Bench.Corpus;

/// <summary>One passage of a QA split; it becomes one article of the pool.</summary>
internal sealed record QaPassage(string Id, string Text);

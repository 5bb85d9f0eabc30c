namespace Bot.Bench.Corpus;

/// <summary>An open-retrieval QA split: every passage is an article of the pool, every question is asked against all of it.</summary>
internal sealed record QaDataset(string Name, string Description, IReadOnlyList<QaPassage> Passages, IReadOnlyList<QaItem> Items);

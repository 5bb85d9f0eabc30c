namespace Bot.Core.Search;

public sealed record SearchHit(Passage Passage, double Score);

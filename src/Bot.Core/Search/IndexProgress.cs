namespace Bot.Core.Search;

/// <summary>How far a knowledge-base build is: <paramref name="Done"/> of <paramref name="Total"/> units (articles or passages) of one stage.</summary>
public readonly record struct IndexProgress(IndexStage Stage, int Done, int Total);

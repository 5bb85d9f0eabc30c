namespace Bot.Core.Answering.Evidence;

/// <summary>Where retrieval put a sentence's passage: its score over the best passage's, and its rank.</summary>
internal readonly record struct RetrievalPlace(double RelativeScore, int Rank);

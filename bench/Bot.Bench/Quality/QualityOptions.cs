namespace Bot.Bench.Quality;

/// <summary>What the quality run covers: a sample size (all questions when null), CLICK-ID distractor articles added to every pool, and the vectors measured (hashed always).</summary>
internal sealed record QualityOptions(int? Sample, int Distractors, IReadOnlyList<string>? Vectors = null);

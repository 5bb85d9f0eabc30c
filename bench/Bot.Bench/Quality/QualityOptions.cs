namespace Bot.Bench.Quality;

/// <summary>What the quality run covers: a sample size (all questions when null) and CLICK-ID distractor articles added to every pool.</summary>
internal sealed record QualityOptions(int? Sample, int Distractors);

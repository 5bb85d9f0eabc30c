namespace Bot.Bench.Quality;

/// <summary>What the quality run covers: a sample size (all questions when null), CLICK-ID distractor articles added to every pool, the vectors measured (hashed always) and the answer options (scoring).</summary>
internal sealed record QualityOptions(int? Sample, int Distractors, IReadOnlyList<string>? Vectors = null, Bot.Core.Answering.Options.AnswerOptions? Answering = null);

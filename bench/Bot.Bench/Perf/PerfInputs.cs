using Bot.Core.Articles;

namespace Bot.Bench.Perf;

/// <summary>
/// What the perf run reads: a way to load the seed articles (timed), the seed questions, the scale
/// corpus, and where the built <c>Bot</c> assembly is for whole-process runs (null skips them).
/// </summary>
internal sealed record PerfInputs(
    Func<IReadOnlyList<Article>> LoadSeedArticles,
    IReadOnlyList<string> SeedQuestions,
    IReadOnlyList<Article> ScaleCorpus,
    string? RepositoryRoot,
    string? BotAssembly);

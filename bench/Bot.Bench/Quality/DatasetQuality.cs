namespace Bot.Bench.Quality;

/// <summary>The figures of one dataset and the pool it was asked against.</summary>
internal sealed record DatasetQuality(
    string Name,
    string Description,
    int DatasetPassages,
    int DistractorArticles,
    int EnginePassages,
    QualityFigures Figures,
    IReadOnlyList<VectorVariant> Vectors);

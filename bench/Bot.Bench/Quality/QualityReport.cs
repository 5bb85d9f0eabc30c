namespace Bot.Bench.Quality;

/// <summary>Everything the quality command measured.</summary>
internal sealed record QualityReport(
    string Answerer,
    QualityOptions Options,
    SeedQuality? Seeds,
    IReadOnlyList<DatasetQuality> Datasets,
    CombinedQuality? Combined);

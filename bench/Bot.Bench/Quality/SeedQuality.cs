namespace Bot.Bench.Quality;

/// <summary>The seed cases' results.</summary>
internal sealed record SeedQuality(int Cases, int Passed, IReadOnlyList<SeedOutcome> Outcomes)
{
    public double PassShare => Cases == 0 ? 0 : Passed / (double)Cases;
}

using Bot.Core.Summaries;

namespace Bot.Core.Tests.Summaries;

public sealed class MaximalMarginalRelevanceTests
{
    // Items 0 and 1 are near-duplicates; 2 is different but less relevant.
    private static readonly double[,] Similarity =
    {
        { 1.0, 0.9, 0.1 },
        { 0.9, 1.0, 0.1 },
        { 0.1, 0.1, 1.0 },
    };

    private static double Sim(int a, int b) => Similarity[a, b];

    [Fact]
    public void Select_NearDuplicate_TakesTheDifferentItemInstead()
    {
        var picked = MaximalMarginalRelevance.Select([0.9, 0.85, 0.5], Sim, 2, 0.5, 0.95);

        Assert.Equal([0, 2], picked);
    }

    [Fact]
    public void Select_LambdaOne_IsPureRelevance()
    {
        var picked = MaximalMarginalRelevance.Select([0.9, 0.85, 0.5], Sim, 2, 1.0, 0.95);

        Assert.Equal([0, 1], picked);
    }

    [Fact]
    public void Select_RedundantAboveThreshold_NeverTaken()
    {
        var picked = MaximalMarginalRelevance.Select([0.9, 0.85, 0.5], Sim, 3, 1.0, 0.8);

        Assert.Equal([0, 2], picked);
    }

    [Fact]
    public void Select_FirstGiven_LeadsTheSelection()
    {
        var picked = MaximalMarginalRelevance.Select([0.9, 0.85, 0.5], Sim, 2, 0.7, 0.95, first: 2);

        Assert.Equal([2, 0], picked);
    }
}

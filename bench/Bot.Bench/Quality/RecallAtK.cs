namespace Bot.Bench.Quality;

/// <summary>Share of answerable questions whose gold passage is the first, or among the first five, distinct articles retrieved.</summary>
internal sealed record RecallAtK(double? At1, double? At5)
{
    public static RecallAtK From(IReadOnlyList<int?> goldRanks)
    {
        if (goldRanks.Count == 0)
        {
            return new RecallAtK(null, null);
        }

        return new RecallAtK(
            goldRanks.Count(r => r == 0) / (double)goldRanks.Count,
            goldRanks.Count(r => r < 5) / (double)goldRanks.Count);
    }
}

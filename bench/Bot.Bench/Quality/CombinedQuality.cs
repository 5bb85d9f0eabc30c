namespace Bot.Bench.Quality;

/// <summary>
/// All public datasets as one set of questions, each distinct question id counted once: the
/// IDK-MRC answerable test items that are also TyDi dev items are counted under the dataset
/// run first and left out of the later one.
/// </summary>
internal sealed record CombinedQuality(int DuplicatesLeftOut, QualityFigures Figures)
{
    public static CombinedQuality From(IEnumerable<IReadOnlyList<ItemOutcome>> datasetsInRunOrder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<ItemOutcome>();
        var duplicates = 0;
        foreach (var outcome in datasetsInRunOrder.SelectMany(d => d))
        {
            if (seen.Add(outcome.ItemId))
            {
                distinct.Add(outcome);
            }
            else
            {
                duplicates++;
            }
        }

        return new CombinedQuality(duplicates, QualityFigures.From(distinct));
    }
}

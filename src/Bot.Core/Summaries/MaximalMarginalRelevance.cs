namespace Bot.Core.Summaries;

/// <summary>
/// Picks items that are relevant and unlike each other (Carbonell and Goldstein's MMR): each
/// step takes the item with the best λ·relevance − (1−λ)·(similarity to what is already taken),
/// and never one that nearly repeats a taken item.
/// </summary>
internal static class MaximalMarginalRelevance
{
    /// <param name="first">An item that must lead the selection (e.g. the one stating the date), or -1.</param>
    public static IReadOnlyList<int> Select(
        IReadOnlyList<double> relevance,
        Func<int, int, double> similarity,
        int count,
        double lambda,
        double redundant,
        int first = -1)
    {
        ArgumentNullException.ThrowIfNull(relevance);
        ArgumentNullException.ThrowIfNull(similarity);
        var chosen = new List<int>();
        if (first >= 0 && first < relevance.Count && count > 0)
        {
            chosen.Add(first);
        }

        while (chosen.Count < count)
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < relevance.Count; i++)
            {
                if (chosen.Contains(i))
                {
                    continue;
                }

                var closest = chosen.Count == 0 ? 0 : chosen.Max(j => similarity(i, j));
                if (closest >= redundant)
                {
                    continue;
                }

                var score = (lambda * relevance[i]) - ((1 - lambda) * closest);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
        }

        return chosen;
    }
}

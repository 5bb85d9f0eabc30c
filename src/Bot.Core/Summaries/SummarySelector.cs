namespace Bot.Core.Summaries;

/// <summary>
/// Chooses a summary's sentences with the learned scorer, greedily: each step takes the likeliest
/// remaining sentence given those already chosen (its novelty changes as the summary grows), never
/// one that states a fact already chosen, and stops at the maximum or, past the minimum, when the
/// likeliest is below the model's stopping probability.
/// </summary>
internal static class SummarySelector
{
    /// <param name="opening">A sentence that must open the summary (the event day with a name), or null.</param>
    public static IReadOnlyList<SummaryCandidate> Select(
        IReadOnlyList<SummaryCandidate> candidates,
        SummaryModel model,
        int min,
        int max,
        SummaryOptions options,
        SummaryCandidate? opening)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var chosen = new List<SummaryCandidate>();
        if (opening is not null && max > 0)
        {
            chosen.Add(opening);
        }

        while (chosen.Count < max)
        {
            SummaryCandidate? best = null;
            var bestProbability = double.NegativeInfinity;
            foreach (var candidate in candidates)
            {
                if (chosen.Contains(candidate) || chosen.Exists(c => NearDuplicates(c, candidate, options)))
                {
                    continue;
                }

                var probability = model.Probability(candidate.FeaturesGiven(chosen));
                if (probability > bestProbability)
                {
                    best = candidate;
                    bestProbability = probability;
                }
            }

            if (best is null || (chosen.Count >= min && bestProbability < model.StopProbability))
            {
                break;
            }

            chosen.Add(best);
        }

        return chosen;
    }

    /// <summary>One states the other's fact, or they are worded nearly alike.</summary>
    public static bool NearDuplicates(SummaryCandidate a, SummaryCandidate b, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);
        return a.Content.SameFact(b.Content, options.SameFactOverlap) || a.Vector.Cosine(b.Vector) >= options.NearDuplicateSimilarity;
    }

    /// <summary>
    /// Who did what, and when: the likeliest sentence, taken alone, among those that give the event day,
    /// name someone and do not quote them, if the scorer would want it in the summary anyway.
    /// </summary>
    public static SummaryCandidate? Opening(IReadOnlyList<SummaryCandidate> candidates, SummaryModel model)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(model);
        return candidates
            .Where(c => c.StatesEventDate && c.Content.Names.Count > 0 && c.Features[(int)SummaryFeature.Quotation] == 0)
            .Select(c => (Candidate: c, Probability: model.Probability(c.FeaturesGiven([]))))
            .Where(x => x.Probability >= model.StopProbability)
            .OrderByDescending(x => x.Probability)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }
}

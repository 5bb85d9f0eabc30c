namespace Bot.Core.Summaries;

/// <summary>
/// Decides what the next digest says: a full summary for each story none of whose articles were
/// posted, a short update citing only the new articles for a story that grew, nothing for the rest.
/// </summary>
public static class DigestPlanner
{
    /// <param name="posted">Ids of the articles already posted to the target.</param>
    public static IReadOnlyList<StorySummary> Plan(KnowledgeBase knowledgeBase, IReadOnlySet<string> posted)
        // The extractive writer completes synchronously.
        => PlanAsync(knowledgeBase, posted, new ExtractiveStorySummaryWriter(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>As <see cref="Plan"/>, with each story's summary written by <paramref name="writer"/>.</summary>
    public static async Task<IReadOnlyList<StorySummary>> PlanAsync(KnowledgeBase knowledgeBase, IReadOnlySet<string> posted, IStorySummaryWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(writer);
        var summaries = new List<StorySummary>();
        foreach (var story in StoryGrouper.Group(knowledgeBase))
        {
            var fresh = story.Articles.Where(a => !posted.Contains(a.Id)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (fresh.Count == 0)
            {
                continue;
            }

            summaries.Add(await writer.WriteAsync(knowledgeBase, story, fresh.Count == story.Articles.Count ? null : fresh, cancellationToken).ConfigureAwait(false));
        }

        return summaries;
    }
}

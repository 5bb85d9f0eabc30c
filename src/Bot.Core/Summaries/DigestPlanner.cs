namespace Bot.Core.Summaries;

/// <summary>
/// Decides what the next digest says: a full summary for each story none of whose articles were
/// posted, a short update citing only the new articles for a story that grew, nothing for the rest.
/// </summary>
public static class DigestPlanner
{
    /// <param name="posted">Ids of the articles already posted to the target.</param>
    public static IReadOnlyList<StorySummary> Plan(KnowledgeBase knowledgeBase, IReadOnlySet<string> posted)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(posted);
        var summaries = new List<StorySummary>();
        foreach (var story in StoryGrouper.Group(knowledgeBase))
        {
            var fresh = story.Articles.Where(a => !posted.Contains(a.Id)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (fresh.Count == 0)
            {
                continue;
            }

            summaries.Add(StorySummarizer.Summarize(knowledgeBase, story, fresh.Count == story.Articles.Count ? null : fresh));
        }

        return summaries;
    }
}

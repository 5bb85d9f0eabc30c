namespace Bot.Core.Summaries;

/// <summary>Writes what a digest says about one story: extractively by default, by a chat model when one is configured.</summary>
public interface IStorySummaryWriter
{
    /// <summary>Summarizes a whole story, or, with <paramref name="onlyFrom"/>, an update from its new articles only.</summary>
    Task<StorySummary> WriteAsync(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? onlyFrom, CancellationToken cancellationToken);
}

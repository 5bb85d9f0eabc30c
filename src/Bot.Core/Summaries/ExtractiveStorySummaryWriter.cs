namespace Bot.Core.Summaries;

/// <summary>The embedded summary writer: sentences quoted from the story's articles (<see cref="StorySummarizer"/>).</summary>
public sealed class ExtractiveStorySummaryWriter(SummaryOptions options) : IStorySummaryWriter
{
    public ExtractiveStorySummaryWriter()
        : this(SummaryOptions.Default)
    {
    }

    public Task<StorySummary> WriteAsync(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? onlyFrom, CancellationToken cancellationToken)
        => Task.FromResult(StorySummarizer.Summarize(knowledgeBase, story, onlyFrom, options));
}

namespace Bot.Core;

/// <summary>A corpus that never changes (one-shot runs, benchmarks, tests).</summary>
public sealed class FixedKnowledgeBase(KnowledgeBase knowledgeBase) : IKnowledgeBaseSource
{
    public KnowledgeBase Current { get; } = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));

    public event EventHandler<KnowledgeBaseChangedEventArgs>? Changed
    {
        add { }
        remove { }
    }
}

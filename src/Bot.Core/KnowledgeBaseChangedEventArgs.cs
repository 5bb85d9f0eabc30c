namespace Bot.Core;

/// <summary>The snapshot that replaced the previous one.</summary>
public sealed class KnowledgeBaseChangedEventArgs(KnowledgeBase current) : EventArgs
{
    public KnowledgeBase Current { get; } = current;
}

namespace Bot.Core;

/// <summary>Where features that outlive one corpus (digests, watchers) get the current knowledge base.</summary>
public interface IKnowledgeBaseSource
{
    KnowledgeBase Current { get; }
}

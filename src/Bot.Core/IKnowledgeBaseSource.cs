namespace Bot.Core;

/// <summary>
/// The one way to the current corpus. <see cref="Current"/> is an immutable snapshot: an answer
/// reads it once and keeps it, however often the corpus changes meanwhile. <see cref="Changed"/>
/// fires after a new snapshot replaced the old one, whatever the provider (a watched folder, a
/// database that notifies). Listings, retrieval and digests all read from here; the catalog and
/// retriever views of <see cref="KnowledgeBaseSourceExtensions"/> only follow it.
/// </summary>
public interface IKnowledgeBaseSource
{
    KnowledgeBase Current { get; }

    event EventHandler<KnowledgeBaseChangedEventArgs>? Changed;
}

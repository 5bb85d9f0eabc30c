namespace Bot.State.Corpus;

/// <summary>What one import did: paths added, replaced (content changed), left alone and deleted (--prune), and the revision after it.</summary>
public sealed record ArticleImport(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    int Unchanged,
    IReadOnlyList<string> Pruned,
    long Revision)
{
    /// <summary>True when the import changed the table (and so raised the revision and notified the replicas).</summary>
    public bool ChangedAnything => Added.Count + Changed.Count + Pruned.Count > 0;
}

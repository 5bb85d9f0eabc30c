using Bot.Core.Articles;

namespace Bot.State.Corpus;

/// <summary>
/// The shared corpus (Articles:Source=postgres): article files imported into the state database,
/// one row per file path, with a revision that every changing import raises. Replicas read the
/// whole table at start and again when told a new revision exists.
/// </summary>
public interface IArticleTable
{
    /// <summary>Host and database, for messages (no credentials).</summary>
    string Describe { get; }

    /// <summary>
    /// Stores the files: a new path is added, a path whose content hash differs is replaced, an equal
    /// one is left alone. With <paramref name="prune"/>, rows whose path is not among the files are
    /// deleted. When anything changed the revision goes up and listening replicas are told, once the
    /// import has committed.
    /// </summary>
    Task<ArticleImport> ImportAsync(IReadOnlyList<StoredArticleFile> files, bool prune, CancellationToken cancellationToken);

    /// <summary>Every row, in ordinal path order, with the revision they make up (read in one snapshot).</summary>
    Task<ArticleTableSnapshot> ReadAsync(CancellationToken cancellationToken);

    /// <summary>The current revision (0: nothing was ever imported).</summary>
    Task<long> RevisionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits until an import is announced or <paramref name="timeout"/> passes; true when announced.
    /// Listens on a connection of its own, opened on the first call and reopened after a failure
    /// (which is thrown, so that the caller can back off and check the revision itself).
    /// </summary>
    Task<bool> WaitForImportAsync(TimeSpan timeout, CancellationToken cancellationToken);
}

using Bot.Core.Articles;
using Bot.State.Corpus;

namespace Bot.Corpus;

/// <summary>
/// The articles table of the state database (Articles:Source=postgres): every replica reads the same
/// rows and parses them exactly as the folder loader parses files, so all answer from the same
/// articles. <see cref="LoadedRevision"/> is the revision of the last load, which the watcher
/// compares with the table's.
/// </summary>
public sealed class TableArticleSource(IArticleTable table, ArticleLoader loader) : IArticleSource
{
    private long loadedRevision = -1;

    /// <summary>The table revision the last <see cref="Load"/> read (-1 before the first).</summary>
    public long LoadedRevision => Interlocked.Read(ref loadedRevision);

    public IArticleTable Table => table;

    public string Describe => $"the articles table of the {table.Describe}";

    public string EmptyHint => "Load them with 'Bot import FOLDER' (same State:ConnectionString), or set --Articles:Source=folder.";

    public ArticleLoadResult Load()
    {
        // Builds run at start-up or on the watcher's task, never on a question's path.
        var snapshot = table.ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        var result = loader.LoadStored(snapshot.Files, Describe);
        Interlocked.Exchange(ref loadedRevision, snapshot.Revision);
        return result;
    }
}

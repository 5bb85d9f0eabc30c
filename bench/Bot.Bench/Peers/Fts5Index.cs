using Microsoft.Data.Sqlite;

namespace Bot.Bench.Peers;

/// <summary>
/// The peer: an in-memory SQLite FTS5 table with the unicode61 tokenizer (its defaults), ranked
/// by <c>bm25()</c>. Rows are numbered in insertion order; hits name their article.
/// </summary>
internal sealed class Fts5Index : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;
    private readonly SqliteParameter _match;
    private readonly SqliteParameter _limit;
    private readonly List<string> _articleIds = [];

    public Fts5Index()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE passages USING fts5(body, tokenize = 'unicode61')";
            create.ExecuteNonQuery();
        }

        _search = _connection.CreateCommand();
        _search.CommandText = "SELECT rowid FROM passages WHERE passages MATCH $match ORDER BY bm25(passages) LIMIT $limit";
        _match = _search.Parameters.Add("$match", SqliteType.Text);
        _limit = _search.Parameters.Add("$limit", SqliteType.Integer);
    }

    public int Count => _articleIds.Count;

    /// <summary>The database's size: its pages times the page size (the in-memory database holds nothing else).</summary>
    public long Bytes
    {
        get
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Adds documents in one transaction through one prepared statement, as a bulk load should.</summary>
    public void AddRange(IEnumerable<Fts5Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO passages(rowid, body) VALUES ($id, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        foreach (var document in documents)
        {
            id.Value = _articleIds.Count;
            body.Value = document.Text;
            insert.ExecuteNonQuery();
            _articleIds.Add(document.ArticleId);
        }

        transaction.Commit();
    }

    /// <summary>The article ids of the best <paramref name="top"/> rows for the raw question, best first.</summary>
    public IReadOnlyList<string> Search(string question, int top)
    {
        var match = Fts5Query.FromQuestion(question);
        if (match.Length == 0)
        {
            return [];
        }

        _match.Value = match;
        _limit.Value = top;
        var hits = new List<string>(top);
        using var reader = _search.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(_articleIds[(int)reader.GetInt64(0)]);
        }

        return hits;
    }

    public void Dispose()
    {
        _search.Dispose();
        _connection.Dispose();
    }
}

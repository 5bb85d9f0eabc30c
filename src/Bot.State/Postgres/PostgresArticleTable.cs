using System.Diagnostics;
using System.Security.Cryptography;
using Bot.Core.Articles;
using Bot.State.Corpus;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary>
/// <see cref="IArticleTable"/> in tables <c>bot_article</c> (one row per file path, its bytes and
/// their SHA-256) and <c>bot_article_corpus</c> (the revision). An import announces itself with
/// NOTIFY on <see cref="Channel"/>, the payload naming the schema, so replicas on other schemas of
/// the same server (tests, a staging bot) ignore it.
/// </summary>
internal sealed class PostgresArticleTable(PostgresDatabase database) : IArticleTable, IAsyncDisposable
{
    /// <summary>The NOTIFY channel of imports.</summary>
    public const string Channel = "bot_articles";

    /// <summary>Imports into one schema take turns, so two at once cannot interleave their rows.</summary>
    private const string ImportLock = "article-bot:import";

    private NpgsqlConnection? listener;
    private string? listenerSchema;
    private int announced;

    public string Describe => database.Describe;

    public async Task<ArticleImport> ImportAsync(IReadOnlyList<StoredArticleFile> files, bool prune, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = PostgresCommand.Create(connection, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || $1))", ImportLock))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var added = new List<string>();
        var changed = new List<string>();
        foreach (var file in files)
        {
            // No row back: the stored hash equals this one, so the file is left alone. xmax = 0 marks a fresh insert.
            await using var upsert = PostgresCommand.Create(
                connection,
                """
                INSERT INTO bot_article (path, content_hash, content) VALUES ($1, $2, $3)
                ON CONFLICT (path) DO UPDATE SET content_hash = EXCLUDED.content_hash, content = EXCLUDED.content, imported_at = now()
                    WHERE bot_article.content_hash <> EXCLUDED.content_hash
                RETURNING xmax = 0
                """,
                file.Path,
                Hash(file.Content),
                file.Content);
            switch (await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))
            {
                case true:
                    added.Add(file.Path);
                    break;
                case false:
                    changed.Add(file.Path);
                    break;
            }
        }

        var pruned = new List<string>();
        if (prune)
        {
            await using var delete = PostgresCommand.Create(connection, "DELETE FROM bot_article WHERE NOT (path = ANY($1)) RETURNING path", (object)files.Select(f => f.Path).ToArray());
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pruned.Add(reader.GetString(0));
            }
        }

        long revision;
        if (added.Count + changed.Count + pruned.Count > 0)
        {
            // NOTIFY is delivered at commit, so a replica told of the import reads the rows it made.
            await using var raise = PostgresCommand.Create(
                connection,
                "UPDATE bot_article_corpus SET revision = revision + 1, changed_at = now() RETURNING revision, pg_notify($1, current_schema())",
                Channel);
            revision = Convert.ToInt64(await raise.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            revision = await RevisionAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        pruned.Sort(StringComparer.Ordinal);
        return new ArticleImport(added, changed, files.Count - added.Count - changed.Count, pruned, revision);
    }

    public async Task<ArticleTableSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot for both reads, so the revision names exactly these rows.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var revision = await RevisionAsync(connection, cancellationToken).ConfigureAwait(false);
        var files = new List<StoredArticleFile>();
        await using (var read = PostgresCommand.Create(connection, "SELECT path, content FROM bot_article ORDER BY path COLLATE \"C\""))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                files.Add(new StoredArticleFile(reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ArticleTableSnapshot(revision, files);
    }

    public async Task<long> RevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await RevisionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> WaitForImportAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var connection = listener ??= await ListenAsync(cancellationToken).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            while (Interlocked.Exchange(ref announced, 0) == 0)
            {
                var left = timeout - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero || !await connection.WaitAsync(left, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
        {
            // The next call listens on a fresh connection; notifications sent meanwhile are lost, which the caller covers by comparing revisions.
            await DropListenerAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await DropListenerAsync().ConfigureAwait(false);

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);

        // Outside the pool: a pooled connection is reset (UNLISTEN) when another part takes it, and keepalives notice a dead server.
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 15 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var schema = new NpgsqlCommand("SELECT current_schema()", connection))
            {
                listenerSchema = (string?)await schema.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }

            connection.Notification += OnNotification;
            await using var listen = new NpgsqlCommand("LISTEN " + Channel, connection);
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel == Channel && string.Equals(e.Payload, listenerSchema, StringComparison.Ordinal))
        {
            Interlocked.Exchange(ref announced, 1);
        }
    }

    private async Task DropListenerAsync()
    {
        if (listener is { } connection)
        {
            listener = null;
            connection.Notification -= OnNotification;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<long> RevisionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT revision FROM bot_article_corpus", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

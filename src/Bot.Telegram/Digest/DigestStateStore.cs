using System.Globalization;
using Bot.Telegram.Hosting;
using Bot.Telegram.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Digest;

/// <summary>
/// Which articles have gone out to which channel, in the shared state file (State:Path). A row
/// is written once any message of the story may have gone out (confirmed, or delivered,
/// unconfirmed), so a story is never posted twice; one refused before anything went out is
/// retried by the next run.
/// </summary>
public sealed class DigestStateStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS digest_posted_article (
            channel TEXT NOT NULL,
            article_id TEXT NOT NULL,
            story_id TEXT NOT NULL,
            message_ids TEXT NOT NULL,
            posted_utc TEXT NOT NULL,
            PRIMARY KEY (channel, article_id)
        );
        """;

    /// <summary>How a message id unknown (delivered, unconfirmed) is written.</summary>
    public const string UnknownMessageId = "?";

    private readonly string connectionString;
    private readonly TimeProvider time;

    public DigestStateStore(IOptions<StateOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        connectionString = TelegramStateStore.ConnectionStringFor(options.Value.Path);
        this.time = time;
    }

    public async Task<IReadOnlySet<string>> PostedAsync(string channel, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id FROM digest_posted_article WHERE channel = $channel";
        command.Parameters.AddWithValue("$channel", channel);
        var posted = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            posted.Add(reader.GetString(0));
        }

        return posted;
    }

    /// <summary>
    /// Records a post, all of its articles in one transaction. A message delivered, unconfirmed has no
    /// id and is written as "?": it may be in the channel, and the story is never posted again.
    /// </summary>
    public async Task MarkPostedAsync(string channel, string storyId, IReadOnlyList<string> articleIds, IReadOnlyList<int?> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(messageIds);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var messages = string.Join(',', messageIds.Select(id => id?.ToString(CultureInfo.InvariantCulture) ?? UnknownMessageId));
        foreach (var articleId in articleIds)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR IGNORE INTO digest_posted_article (channel, article_id, story_id, message_ids, posted_utc)
                VALUES ($channel, $article, $story, $messages, $now)
                """;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$article", articleId);
            command.Parameters.AddWithValue("$story", storyId);
            command.Parameters.AddWithValue("$messages", messages);
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

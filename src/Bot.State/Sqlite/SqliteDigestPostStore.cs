using System.Globalization;
using Bot.State.Digests;
using Microsoft.Data.Sqlite;

namespace Bot.State.Sqlite;

/// <summary>
/// <see cref="IDigestPostStore"/> in the state file, table <c>digest_posted_article</c>: one row per
/// channel and article, with the story and its message ids ("?" for a message delivered, unconfirmed).
/// </summary>
internal sealed class SqliteDigestPostStore(SqliteStateFile file, TimeProvider time) : IDigestPostStore
{
    /// <summary>How a message id unknown (delivered, unconfirmed) is written.</summary>
    public const string UnknownMessageId = DigestMessageIds.Unknown;

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

    public async Task<IReadOnlySet<string>> PostedArticlesAsync(string channel, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
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

    public async Task MarkPostedAsync(string channel, string storyId, IReadOnlyList<string> articleIds, IReadOnlyList<long?> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(messageIds);
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var messages = string.Join(',', messageIds.Select(id => id?.ToString(CultureInfo.InvariantCulture) ?? UnknownMessageId));
        foreach (var articleId in articleIds)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO digest_posted_article (channel, article_id, story_id, message_ids, posted_utc)
                VALUES ($channel, $article, $story, $messages, $now)
                ON CONFLICT (channel, article_id) DO UPDATE SET message_ids = excluded.message_ids
                    WHERE digest_posted_article.story_id = excluded.story_id
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

    public async Task ForgetAsync(string channel, IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        foreach (var articleId in articleIds)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM digest_posted_article WHERE channel = $channel AND article_id = $article";
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$article", articleId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

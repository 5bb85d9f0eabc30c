using System.Globalization;
using Bot.State.Digests;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary><see cref="IDigestPostStore"/> in table <c>bot_digest_posted_article</c>: one row per channel and article, as in the SQLite store.</summary>
internal sealed class PostgresDigestPostStore(PostgresDatabase database) : IDigestPostStore
{
    public async Task<IReadOnlySet<string>> PostedArticlesAsync(string channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, "SELECT article_id FROM bot_digest_posted_article WHERE channel = $1", channel);
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
        var messages = string.Join(',', messageIds.Select(id => id?.ToString(CultureInfo.InvariantCulture) ?? DigestMessageIds.Unknown));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // A story claimed before its send ("?") gets its message ids once they are known.
        await using var command = PostgresCommand.Create(
            connection,
            """
            INSERT INTO bot_digest_posted_article (channel, article_id, story_id, message_ids)
            SELECT $1, article, $2, $3 FROM unnest($4::text[]) AS article
            ON CONFLICT (channel, article_id) DO UPDATE SET message_ids = excluded.message_ids
                WHERE bot_digest_posted_article.story_id = excluded.story_id
            """,
            channel,
            storyId,
            messages,
            articleIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(string channel, IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, "DELETE FROM bot_digest_posted_article WHERE channel = $1 AND article_id = ANY($2)", channel, articleIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

using Bot.State.Updates;

namespace Bot.State.Postgres;

/// <summary>
/// <see cref="IUpdateInbox"/> in table <c>bot_update_inbox</c>. The primary key makes a second
/// delivery a no-op; a claim locks the chat's earliest open row (waiting, never skipping, so order
/// holds) and takes it only when it is pending or its lease has expired, by the server's clock.
/// </summary>
internal sealed class PostgresUpdateInbox(PostgresDatabase database) : IUpdateInbox
{
    private const string Claim = """
        WITH next AS (
            SELECT update_id, update_key FROM bot_update_inbox
            WHERE bot_id = $1 AND chat_id = $2 AND state <> 'done'
            ORDER BY update_id
            LIMIT 1
            FOR UPDATE)
        UPDATE bot_update_inbox i
        SET state = 'claimed', owner = $3, lease_until = clock_timestamp() + $4 * interval '1 millisecond', attempts = i.attempts + 1
        FROM next
        WHERE i.bot_id = $1 AND i.update_id = next.update_id AND i.update_key = next.update_key
          AND (i.state = 'pending' OR i.lease_until < clock_timestamp())
        RETURNING i.update_id, i.update_key, i.payload, i.attempts, i.send_started
        """;

    public async Task<bool> AddAsync(InboxUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(
            connection,
            "INSERT INTO bot_update_inbox (bot_id, update_id, update_key, chat_id, payload) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            update.BotId,
            update.UpdateId,
            update.UpdateKey,
            update.ChatId,
            update.Payload);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<ClaimedUpdate?> ClaimNextAsync(long botId, long chatId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, Claim, botId, chatId, owner, lease.TotalMilliseconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new ClaimedUpdate(
            new InboxUpdate(botId, reader.GetInt64(0), reader.GetString(1), chatId, reader.GetString(2)),
            reader.GetInt32(3),
            reader.GetBoolean(4));
    }

    public async Task<bool> RenewAsync(InboxUpdate update, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return await ExecuteAsync(
            "UPDATE bot_update_inbox SET lease_until = clock_timestamp() + $5 * interval '1 millisecond' WHERE bot_id = $1 AND update_id = $2 AND update_key = $3 AND owner = $4 AND state = 'claimed'",
            cancellationToken,
            update.BotId,
            update.UpdateId,
            update.UpdateKey,
            owner,
            lease.TotalMilliseconds).ConfigureAwait(false) == 1;
    }

    public async Task MarkSendStartedAsync(InboxUpdate update, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await ExecuteAsync(
            "UPDATE bot_update_inbox SET send_started = true WHERE bot_id = $1 AND update_id = $2 AND update_key = $3 AND owner = $4 AND NOT send_started",
            cancellationToken,
            update.BotId,
            update.UpdateId,
            update.UpdateKey,
            owner).ConfigureAwait(false);
    }

    public async Task CompleteAsync(InboxUpdate update, string owner, string outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await ExecuteAsync(
            "UPDATE bot_update_inbox SET state = 'done', outcome = $5, done_at = clock_timestamp(), lease_until = NULL WHERE bot_id = $1 AND update_id = $2 AND update_key = $3 AND owner = $4",
            cancellationToken,
            update.BotId,
            update.UpdateId,
            update.UpdateKey,
            owner,
            outcome).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<long>> StalledChatsAsync(long botId, TimeSpan unclaimedFor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(
            connection,
            """
            SELECT DISTINCT chat_id FROM bot_update_inbox
            WHERE bot_id = $1 AND ((state = 'claimed' AND lease_until < clock_timestamp())
                OR (state = 'pending' AND received_at < clock_timestamp() - $2 * interval '1 millisecond'))
            LIMIT 1000
            """,
            botId,
            unclaimedFor.TotalMilliseconds);
        var chats = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chats.Add(reader.GetInt64(0));
        }

        return chats;
    }

    public Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM bot_update_inbox WHERE state = 'done' AND done_at < clock_timestamp() - $1 * interval '1 millisecond'", cancellationToken, age.TotalMilliseconds);

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

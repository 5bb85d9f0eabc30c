using Bot.State.Updates;
using Microsoft.Data.Sqlite;

namespace Bot.State.Sqlite;

/// <summary>
/// <see cref="IUpdateInbox"/> in the state file, table <c>telegram_update_inbox</c>, for a single
/// webhook process on the embedded default: the same rules as on PostgreSQL, with SQLite's one
/// writer at a time in place of row locks and this process's clock in place of the server's.
/// </summary>
internal sealed class SqliteUpdateInbox(SqliteStateFile file, TimeProvider time) : IUpdateInbox
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS telegram_update_inbox (
            bot_id INTEGER NOT NULL,
            update_id INTEGER NOT NULL,
            update_key TEXT NOT NULL,
            chat_id INTEGER NOT NULL,
            payload TEXT NOT NULL,
            received_ms INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            owner TEXT,
            lease_until_ms INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            send_started INTEGER NOT NULL DEFAULT 0,
            outcome TEXT,
            done_ms INTEGER,
            PRIMARY KEY (bot_id, update_id, update_key));
        CREATE INDEX IF NOT EXISTS ix_telegram_update_inbox_open ON telegram_update_inbox (bot_id, chat_id, update_id) WHERE state <> 'done';
        """;

    public async Task<bool> AddAsync(InboxUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return await ExecuteAsync(
            "INSERT OR IGNORE INTO telegram_update_inbox (bot_id, update_id, update_key, chat_id, payload, received_ms) VALUES ($bot, $id, $key, $chat, $payload, $now)",
            cancellationToken,
            ("$bot", update.BotId),
            ("$id", update.UpdateId),
            ("$key", update.UpdateKey),
            ("$chat", update.ChatId),
            ("$payload", update.Payload),
            ("$now", Now())).ConfigureAwait(false) == 1;
    }

    public async Task<ClaimedUpdate?> ClaimNextAsync(long botId, long chatId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE telegram_update_inbox
            SET state = 'claimed', owner = $owner, lease_until_ms = $now + $lease, attempts = attempts + 1
            WHERE (bot_id, update_id, update_key) = (
                SELECT bot_id, update_id, update_key FROM telegram_update_inbox
                WHERE bot_id = $bot AND chat_id = $chat AND state <> 'done' ORDER BY update_id LIMIT 1)
              AND (state = 'pending' OR lease_until_ms < $now)
            RETURNING update_id, update_key, payload, attempts, send_started
            """;
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$lease", (long)lease.TotalMilliseconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new ClaimedUpdate(
            new InboxUpdate(botId, reader.GetInt64(0), reader.GetString(1), chatId, reader.GetString(2)),
            reader.GetInt32(3),
            reader.GetInt64(4) != 0);
    }

    public async Task<bool> RenewAsync(InboxUpdate update, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return await ExecuteAsync(
            "UPDATE telegram_update_inbox SET lease_until_ms = $now + $lease WHERE bot_id = $bot AND update_id = $id AND update_key = $key AND owner = $owner AND state = 'claimed'",
            cancellationToken,
            Key(update, owner, ("$now", Now()), ("$lease", (long)lease.TotalMilliseconds))).ConfigureAwait(false) == 1;
    }

    public async Task MarkSendStartedAsync(InboxUpdate update, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await ExecuteAsync(
            "UPDATE telegram_update_inbox SET send_started = 1 WHERE bot_id = $bot AND update_id = $id AND update_key = $key AND owner = $owner",
            cancellationToken,
            Key(update, owner)).ConfigureAwait(false);
    }

    public async Task CompleteAsync(InboxUpdate update, string owner, string outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await ExecuteAsync(
            "UPDATE telegram_update_inbox SET state = 'done', outcome = $outcome, done_ms = $now, lease_until_ms = NULL WHERE bot_id = $bot AND update_id = $id AND update_key = $key AND owner = $owner",
            cancellationToken,
            Key(update, owner, ("$outcome", outcome), ("$now", Now()))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<long>> StalledChatsAsync(long botId, TimeSpan unclaimedFor, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT chat_id FROM telegram_update_inbox
            WHERE bot_id = $bot AND ((state = 'claimed' AND lease_until_ms < $now) OR (state = 'pending' AND received_ms < $now - $unclaimed))
            LIMIT 1000
            """;
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$unclaimed", (long)unclaimedFor.TotalMilliseconds);
        var chats = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chats.Add(reader.GetInt64(0));
        }

        return chats;
    }

    public Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM telegram_update_inbox WHERE state = 'done' AND done_ms < $before", cancellationToken, ("$before", Now() - (long)age.TotalMilliseconds));

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static (string, object)[] Key(InboxUpdate update, string owner, params (string, object)[] more) =>
        [("$bot", update.BotId), ("$id", update.UpdateId), ("$key", update.UpdateKey), ("$owner", owner), .. more];

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

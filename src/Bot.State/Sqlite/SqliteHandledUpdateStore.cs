using System.Globalization;
using Bot.State.Updates;

namespace Bot.State.Sqlite;

/// <summary><see cref="IHandledUpdateStore"/> in the state file, table <c>telegram_update_handled</c>; the latest <see cref="MaxRecorded"/> per bot are kept.</summary>
internal sealed class SqliteHandledUpdateStore : IHandledUpdateStore
{
    /// <summary>Handled updates remembered per bot: far more than can be unconfirmed at once (getUpdates returns at most 100).</summary>
    public const int MaxRecorded = 10_000;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS telegram_update_handled (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            bot_id INTEGER NOT NULL,
            update_id INTEGER NOT NULL,
            update_key TEXT NOT NULL,
            handled_utc TEXT NOT NULL,
            UNIQUE (bot_id, update_id, update_key)
        );
        """;

    private readonly SqliteStateFile file;
    private readonly TimeProvider time;
    private readonly int maxRecorded;

    public SqliteHandledUpdateStore(SqliteStateFile file, TimeProvider time)
        : this(file, time, MaxRecorded)
    {
    }

    /// <param name="maxRecorded">How many handled updates to keep per bot (tests use a few).</param>
    internal SqliteHandledUpdateStore(SqliteStateFile file, TimeProvider time, int maxRecorded)
    {
        this.file = file;
        this.time = time;
        this.maxRecorded = maxRecorded;
    }

    public async Task<bool> WasHandledAsync(long botId, long updateId, string updateKey, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM telegram_update_handled WHERE bot_id = $bot AND update_id = $id AND update_key = $key";
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$key", updateKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task RecordHandledAsync(long botId, long updateId, string updateKey, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO telegram_update_handled (bot_id, update_id, update_key, handled_utc) VALUES ($bot, $id, $key, $now);
            DELETE FROM telegram_update_handled WHERE bot_id = $bot AND seq <=
                (SELECT seq FROM telegram_update_handled WHERE bot_id = $bot ORDER BY seq DESC LIMIT 1 OFFSET $max);
            """;
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$key", updateKey);
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$max", maxRecorded);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

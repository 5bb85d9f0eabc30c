using Bot.State.Updates;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary><see cref="IHandledUpdateStore"/> in table <c>bot_update_handled</c>; the latest <see cref="MaxRecorded"/> per bot are kept.</summary>
internal sealed class PostgresHandledUpdateStore(PostgresDatabase database, int maxRecorded = PostgresHandledUpdateStore.MaxRecorded) : IHandledUpdateStore
{
    /// <summary>Handled updates remembered per bot, as in the SQLite store.</summary>
    public const int MaxRecorded = 10_000;

    public async Task<bool> WasHandledAsync(long botId, long updateId, string updateKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, "SELECT 1 FROM bot_update_handled WHERE bot_id = $1 AND update_id = $2 AND update_key = $3", botId, updateId, updateKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task RecordHandledAsync(long botId, long updateId, string updateKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                PostgresCommand.InBatch("INSERT INTO bot_update_handled (bot_id, update_id, update_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", botId, updateId, updateKey),
                PostgresCommand.InBatch("""
                    DELETE FROM bot_update_handled WHERE bot_id = $1 AND seq <=
                        (SELECT seq FROM bot_update_handled WHERE bot_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1)
                    """, botId, maxRecorded),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

using System.Globalization;
using Bot.Telegram.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.State;

/// <summary>
/// What the Telegram bot must remember across restarts: per bot, the last update id below
/// which every update has been handled, and the updates above it handled out of order (one chat
/// answered while another was still busy). Lives in the shared state file (State:Path), in its
/// own tables; other features add their own tables to the same file.
/// </summary>
public sealed class TelegramStateStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS telegram_poll_offset (
            bot_id INTEGER PRIMARY KEY,
            last_handled_update_id INTEGER NOT NULL,
            updated_utc TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS telegram_handled_update (
            bot_id INTEGER NOT NULL,
            update_id INTEGER NOT NULL,
            PRIMARY KEY (bot_id, update_id)
        );
        """;

    private readonly string connectionString;
    private readonly Lock gate = new();
    private bool ready;

    public TelegramStateStore(IOptions<StateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        connectionString = ConnectionStringFor(options.Value.Path);
    }

    /// <summary>The connection string every feature uses for the state file: created on first use, shared cache off, WAL journal.</summary>
    public static string ConnectionStringFor(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task<long?> GetLastHandledUpdateIdAsync(long botId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_handled_update_id FROM telegram_poll_offset WHERE bot_id = $bot";
        command.Parameters.AddWithValue("$bot", botId);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Updates above <paramref name="lastHandled"/> already handled, so that a restart does not answer them again.</summary>
    public async Task<IReadOnlySet<long>> GetHandledAboveAsync(long botId, long lastHandled, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT update_id FROM telegram_handled_update WHERE bot_id = $bot AND update_id > $id";
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", lastHandled);
        var handled = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            handled.Add(reader.GetInt64(0));
        }

        return handled;
    }

    /// <summary>Records an update handled while an earlier one is still under way.</summary>
    public async Task SaveHandledOutOfOrderAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO telegram_handled_update (bot_id, update_id) VALUES ($bot, $id)";
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", updateId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records progress and forgets the out-of-order records it covers; never moves backwards,
    /// so concurrent completions may save in any order.
    /// </summary>
    public async Task SaveLastHandledUpdateIdAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO telegram_poll_offset (bot_id, last_handled_update_id, updated_utc) VALUES ($bot, $id, $now)
            ON CONFLICT(bot_id) DO UPDATE SET
                last_handled_update_id = MAX(last_handled_update_id, excluded.last_handled_update_id),
                updated_utc = excluded.updated_utc;
            DELETE FROM telegram_handled_update WHERE bot_id = $bot AND update_id <= $id;
            """;
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureSchema();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void EnsureSchema()
    {
        lock (gate)
        {
            if (ready)
            {
                return;
            }

            var directory = System.IO.Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();

            // WAL lets other features read the file while the bot records its progress.
            command.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
            command.ExecuteNonQuery();
            ready = true;
        }
    }
}

using System.Globalization;
using Bot.Telegram.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.State;

/// <summary>
/// The updates the bot handled, per bot, in the shared state file (State:Path): each update's id
/// with what it was about (<see cref="Polling.UpdateKey"/>). Polling starts from the earliest update
/// Telegram has not had confirmed and skips those recorded here, so a restart answers nothing twice.
/// Only the latest <see cref="MaxRecorded"/> are kept: far more than can ever be unconfirmed at once.
/// </summary>
public sealed class TelegramStateStore
{
    /// <summary>Handled updates remembered per bot; getUpdates returns at most 100 at a time.</summary>
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

    private readonly string connectionString;
    private readonly int maxRecorded;
    private readonly Lock gate = new();
    private bool ready;

    public TelegramStateStore(IOptions<StateOptions> options)
        : this(options, MaxRecorded)
    {
    }

    /// <param name="maxRecorded">How many handled updates to keep per bot (tests use a few).</param>
    internal TelegramStateStore(IOptions<StateOptions> options, int maxRecorded)
    {
        ArgumentNullException.ThrowIfNull(options);
        connectionString = ConnectionStringFor(options.Value.Path);
        this.maxRecorded = maxRecorded;
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

    /// <summary>True when this update (same id, same subject) was handled before.</summary>
    public async Task<bool> WasHandledAsync(long botId, int updateId, string updateKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM telegram_update_handled WHERE bot_id = $bot AND update_id = $id AND update_key = $key";
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$key", updateKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Records a handled update and forgets the oldest beyond <see cref="MaxRecorded"/>.</summary>
    public async Task RecordHandledAsync(long botId, int updateId, string updateKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO telegram_update_handled (bot_id, update_id, update_key, handled_utc) VALUES ($bot, $id, $key, $now);
            DELETE FROM telegram_update_handled WHERE bot_id = $bot AND seq <=
                (SELECT seq FROM telegram_update_handled WHERE bot_id = $bot ORDER BY seq DESC LIMIT 1 OFFSET $max);
            """;
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$key", updateKey);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$max", maxRecorded);
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

using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.State.Sqlite;

/// <summary>
/// The one SQLite file every store shares (State:Path), resolved in this one place: a relative path
/// is taken from the content root, the folder of appsettings.json, never the current directory. The
/// folder and each store's tables are created on first use, so a command that stores nothing leaves
/// nothing behind; WAL lets the stores read while another writes.
/// </summary>
public sealed class SqliteStateFile : Health.IStateHealth
{
    private readonly ConcurrentDictionary<string, bool> schemas = new(StringComparer.Ordinal);
    private readonly Lock creating = new();

    public SqliteStateFile(IOptions<StateOptions> options, IHostEnvironment environment)
        : this(Resolve(options?.Value.Path ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? throw new ArgumentNullException(nameof(environment))))
    {
    }

    /// <param name="path">The file's absolute path.</param>
    public SqliteStateFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The absolute path of the file.</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>State:Path against the content root.</summary>
    public static string Resolve(string configured, string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configured);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        return System.IO.Path.GetFullPath(configured, contentRoot);
    }

    /// <summary>An open connection, with the store's <paramref name="schema"/> created once per process.</summary>
    public async Task<SqliteConnection> OpenAsync(string schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (!File.Exists(Path))
        {
            Forget();
        }

        if (!schemas.ContainsKey(schema))
        {
            Create(schema);
        }

        var connection = new SqliteConnection(ConnectionString);
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

    /// <summary>
    /// Null when the state database can be used (or does not exist yet: it is created on first
    /// use); otherwise what is wrong with it, naming the file. Run before the bot takes updates,
    /// so that a corrupt file stops it with a message instead of failing every update.
    /// </summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check;";
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            return result == "ok" ? null : $"the state database '{Path}' is damaged ({result}); move it away and the bot starts with a fresh one";
        }
        catch (SqliteException e)
        {
            return $"the state database '{Path}' cannot be used ({e.Message}); move it away and the bot starts with a fresh one";
        }
    }

    /// <summary>
    /// The file was deleted while the bot runs (or is not there yet). Pooled connections still hold
    /// the unlinked file open, and what they write would vanish with the process, so a handled
    /// update would be handled again after a restart: drop them and create the file and its tables anew.
    /// </summary>
    private void Forget()
    {
        lock (creating)
        {
            if (File.Exists(Path))
            {
                return;
            }

            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            schemas.Clear();
        }
    }

    private void Create(string schema)
    {
        lock (creating)
        {
            if (schemas.ContainsKey(schema))
            {
                return;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;" + schema;
            command.ExecuteNonQuery();
            schemas[schema] = true;
        }
    }
}

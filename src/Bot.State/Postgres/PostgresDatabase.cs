using Bot.State.Health;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary>
/// The PostgreSQL database every store and replica shares (State:ConnectionString): one pooled data
/// source, and the schema migrated once per process before the first command, so any replica may
/// start first. The connection string's password never leaves this type.
/// </summary>
public sealed class PostgresDatabase : IStateHealth, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource source;
    private readonly SemaphoreSlim migrating = new(1, 1);
    private volatile bool migrated;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Describe = $"PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port}";
        source = new NpgsqlDataSourceBuilder(connectionString) { Name = "bot-state" }.Build();
        ConnectionString = connectionString;
    }

    /// <summary>Host, port and database, for messages (no credentials).</summary>
    public string Describe { get; }

    /// <summary>For LISTEN, which needs a connection of its own outside the pool's reuse.</summary>
    internal string ConnectionString { get; }

    /// <summary>An open connection on a migrated schema.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the migrations this version knows and the database lacks; safe from many replicas at once.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (migrated)
        {
            return;
        }

        await migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!migrated)
            {
                await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await PostgresSchema.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
                migrated = true;
            }
        }
        finally
        {
            migrating.Release();
        }
    }

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (NpgsqlException e)
        {
            return $"the {Describe} cannot be used ({e.Message})";
        }
        catch (TimeoutException e)
        {
            return $"the {Describe} cannot be used ({e.Message})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await source.DisposeAsync().ConfigureAwait(false);
        migrating.Dispose();
    }

    public void Dispose()
    {
        source.Dispose();
        migrating.Dispose();
    }
}

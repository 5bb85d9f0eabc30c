using Bot.State.Digests;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary>
/// A session advisory lock per channel, held on a connection of its own for the length of the post:
/// a replica that dies mid-post loses its connection and with it the lock, so nothing stays stuck.
/// </summary>
internal sealed class PostgresDigestPostLock(PostgresDatabase database) : IDigestPostLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string channel, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = PostgresCommand.Create(connection, "SELECT pg_try_advisory_lock(hashtext('article-bot:digest:' || $1))", channel);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new Held(connection, channel);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    private sealed class Held(NpgsqlConnection connection, string channel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = PostgresCommand.Create(connection, "SELECT pg_advisory_unlock(hashtext('article-bot:digest:' || $1))", channel);
                await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                // Closing the session releases the lock even when the unlock failed.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}

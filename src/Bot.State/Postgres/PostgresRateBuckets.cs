using Bot.State.Limits;

namespace Bot.State.Postgres;

/// <summary>
/// <see cref="ISharedRateBuckets"/> in table <c>bot_rate_bucket</c>, one row per bucket, refilled by
/// the server's clock (so replicas' clocks never matter) inside one transaction that locks the rows
/// in key order, so concurrent reservations neither lose a token nor deadlock.
/// </summary>
internal sealed class PostgresRateBuckets(PostgresDatabase database) : ISharedRateBuckets
{
    // $1 keys, $2 rates, $3 capacities (sorted by key), $4 only-if-free. The CTE locks every row first.
    private const string Reserve = """
        WITH wanted AS (
            SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[]) AS w(key, rate, capacity)),
        locked AS (
            SELECT b.key, w.rate, w.capacity,
                   LEAST(w.capacity, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM clock_timestamp() - b.updated)) * w.rate) AS available
            FROM bot_rate_bucket b JOIN wanted w ON w.key = b.key
            ORDER BY b.key
            FOR UPDATE OF b),
        allowed AS (
            SELECT NOT $4 OR bool_and(available >= 1) AS ok FROM locked)
        UPDATE bot_rate_bucket b SET tokens = l.available - 1, updated = clock_timestamp()
        FROM locked l, allowed a
        WHERE b.key = l.key AND a.ok
        RETURNING GREATEST(0, -(l.available - 1) / l.rate)
        """;

    public async Task<TimeSpan?> ReserveAsync(IReadOnlyList<RateBucket> buckets, bool onlyIfFree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        if (buckets.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = buckets.OrderBy(b => b.Key, StringComparer.Ordinal).ToArray();
        var keys = sorted.Select(b => b.Key).ToArray();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // New buckets start full; inserted in key order so two first reservations cannot deadlock.
        await using (var create = PostgresCommand.Create(
            connection,
            "INSERT INTO bot_rate_bucket (key, tokens, updated) SELECT key, tokens, clock_timestamp() FROM unnest($1::text[], $2::float8[]) AS n(key, tokens) ORDER BY key ON CONFLICT (key) DO NOTHING",
            keys,
            sorted.Select(b => b.Capacity).ToArray()))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        double? wait = null;
        await using (var reserve = PostgresCommand.Create(connection, Reserve, keys, sorted.Select(b => b.PerSecond).ToArray(), sorted.Select(b => b.Capacity).ToArray(), onlyIfFree))
        {
            await using var reader = await reserve.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                wait = Math.Max(wait ?? 0, reader.GetDouble(0));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return wait is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
    }
}

using System.Globalization;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary>
/// The state schema as numbered migrations, applied in order under a transaction-scoped advisory
/// lock, so replicas starting together migrate once and a migration is never half applied. A
/// migration, once released, is never edited: a change is a new entry at the end.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The migrations, oldest first; the version of each is its position from 1.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: what SQLite keeps, plus the shared rate buckets.
        """
        CREATE TABLE bot_update_handled (
            seq bigserial PRIMARY KEY,
            bot_id bigint NOT NULL,
            update_id bigint NOT NULL,
            update_key text NOT NULL,
            handled_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (bot_id, update_id, update_key));
        CREATE INDEX ix_bot_update_handled_bot_seq ON bot_update_handled (bot_id, seq);

        CREATE TABLE bot_conversation_turn (
            id bigserial PRIMARY KEY,
            conversation_id text NOT NULL,
            question text NOT NULL,
            standalone_question text NOT NULL,
            answer_text text NOT NULL,
            answered boolean NOT NULL,
            answer_dates date[] NOT NULL,
            cited_articles text[] NOT NULL,
            at timestamptz NOT NULL);
        CREATE INDEX ix_bot_conversation_turn_conversation ON bot_conversation_turn (conversation_id, id);

        CREATE TABLE bot_digest_posted_article (
            channel text NOT NULL,
            article_id text NOT NULL,
            story_id text NOT NULL,
            message_ids text NOT NULL,
            posted_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (channel, article_id));

        CREATE TABLE bot_rate_bucket (
            key text PRIMARY KEY,
            tokens double precision NOT NULL,
            updated timestamptz NOT NULL);
        """,

        // 2: updates received by webhook until handled, shared by the replicas.
        """
        CREATE TABLE bot_update_inbox (
            bot_id bigint NOT NULL,
            update_id bigint NOT NULL,
            update_key text NOT NULL,
            chat_id bigint NOT NULL,
            payload text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done')),
            owner text,
            lease_until timestamptz,
            attempts integer NOT NULL DEFAULT 0,
            send_started boolean NOT NULL DEFAULT false,
            outcome text,
            done_at timestamptz,
            PRIMARY KEY (bot_id, update_id, update_key));
        CREATE INDEX ix_bot_update_inbox_open ON bot_update_inbox (bot_id, chat_id, update_id) WHERE state <> 'done';
        CREATE INDEX ix_bot_update_inbox_done ON bot_update_inbox (done_at) WHERE state = 'done';
        """,

        // 3: the shared corpus (Articles:Source=postgres): article files as imported, and one revision
        // number that every import which changes a row raises, so a replica knows whether it is current.
        """
        CREATE TABLE bot_article (
            path text PRIMARY KEY,
            content_hash text NOT NULL,
            content bytea NOT NULL,
            imported_at timestamptz NOT NULL DEFAULT now());

        CREATE TABLE bot_article_corpus (
            id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
            revision bigint NOT NULL,
            changed_at timestamptz NOT NULL DEFAULT now());
        INSERT INTO bot_article_corpus (revision) VALUES (0);
        """,
    ];

    /// <summary>Advisory lock id of the migration (per schema, so test schemas do not wait for each other).</summary>
    private const string LockName = "article-bot:migrate";

    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || $1))", cancellationToken, LockName).ConfigureAwait(false);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS bot_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
        await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM bot_schema_version", connection);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (current > Migrations.Count)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"the state database has schema version {current}, newer than this bot's {Migrations.Count}: run the newer bot, or a database of its own"));
        }

        for (var version = current + 1; version <= Migrations.Count; version++)
        {
            await ExecuteAsync(connection, Migrations[version - 1], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "INSERT INTO bot_schema_version (version) VALUES ($1)", cancellationToken, version).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The version the database is at (0: never migrated).</summary>
    public static async Task<int> VersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM bot_schema_version", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

using System.Globalization;
using Bot.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace Bot.Ai;

/// <summary>
/// Conversation memory in the state database (table <c>conversation_turns</c>), so that a
/// follow-up still works after a restart. Capped per conversation and over all conversations.
/// </summary>
internal sealed class SqliteConversationMemory : IConversationMemory, IDisposable
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly string _connectionString;
    private readonly string _directory;
    private readonly int _turnsPerConversation;
    private readonly int _maxTurns;
    private readonly SemaphoreSlim _schema = new(1, 1);
    private bool _created;

    public SqliteConversationMemory(string path, int turnsPerConversation, int maxTurns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        _directory = Path.GetDirectoryName(full)!;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full }.ToString();
        _turnsPerConversation = turnsPerConversation;
        _maxTurns = maxTurns;
    }

    public async Task<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT question, standalone_question, answer_text, answered, answer_dates, cited_articles, at
            FROM conversation_turns WHERE conversation_id = $conversation ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$limit", maxTurns);
        var turns = new List<ConversationTurn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            turns.Add(new ConversationTurn(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt64(3) != 0,
                Split(reader.GetString(4)).Select(d => DateOnly.ParseExact(d, DateFormat, CultureInfo.InvariantCulture)).ToList(),
                Split(reader.GetString(5)),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        turns.Reverse();
        return turns;
    }

    public async Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO conversation_turns (conversation_id, question, standalone_question, answer_text, answered, answer_dates, cited_articles, at)
            VALUES ($conversation, $question, $standalone, $answer, $answered, $dates, $articles, $at);
            DELETE FROM conversation_turns WHERE conversation_id = $conversation AND id NOT IN
                (SELECT id FROM conversation_turns WHERE conversation_id = $conversation ORDER BY id DESC LIMIT $perConversation);
            DELETE FROM conversation_turns WHERE id <= (SELECT id FROM conversation_turns ORDER BY id DESC LIMIT 1 OFFSET $max);
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$question", turn.Question);
        command.Parameters.AddWithValue("$standalone", turn.StandaloneQuestion);
        command.Parameters.AddWithValue("$answer", turn.AnswerText);
        command.Parameters.AddWithValue("$answered", turn.Answered ? 1 : 0);
        command.Parameters.AddWithValue("$dates", string.Join('\n', turn.AnswerDates.Select(d => d.ToString(DateFormat, CultureInfo.InvariantCulture))));
        command.Parameters.AddWithValue("$articles", string.Join('\n', turn.CitedArticles));
        command.Parameters.AddWithValue("$at", turn.At.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$perConversation", _turnsPerConversation);
        command.Parameters.AddWithValue("$max", _maxTurns);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _schema.Dispose();

    private static List<string> Split(string joined)
        => joined.Length == 0 ? [] : joined.Split('\n').ToList();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            // Created on first use, so that a one-shot command without a conversation leaves no state behind.
            Directory.CreateDirectory(_directory);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _schema.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS conversation_turns (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    conversation_id TEXT NOT NULL,
                    question TEXT NOT NULL,
                    standalone_question TEXT NOT NULL,
                    answer_text TEXT NOT NULL,
                    answered INTEGER NOT NULL,
                    answer_dates TEXT NOT NULL,
                    cited_articles TEXT NOT NULL,
                    at TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS ix_conversation_turns_conversation ON conversation_turns (conversation_id, id);
                """;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _created = true;
        }
        finally
        {
            _schema.Release();
        }
    }
}

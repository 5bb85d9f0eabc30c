using System.Globalization;
using Bot.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace Bot.State.Sqlite;

/// <summary>
/// Conversation memory in the state file (table <c>conversation_turns</c>), so that a follow-up
/// still works after a restart. Capped per conversation and over all conversations.
/// </summary>
internal sealed class SqliteConversationMemory(SqliteStateFile file, int turnsPerConversation, int maxTurns) : IConversationMemory
{
    private const string DateFormat = "yyyy-MM-dd";

    private const string Schema = """
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

    public async Task<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
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
        await using var connection = await file.OpenAsync(Schema, cancellationToken).ConfigureAwait(false);
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
        command.Parameters.AddWithValue("$perConversation", turnsPerConversation);
        command.Parameters.AddWithValue("$max", maxTurns);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Split(string joined)
        => joined.Length == 0 ? [] : joined.Split('\n').ToList();
}

using Bot.Core.Conversations;
using Npgsql;

namespace Bot.State.Postgres;

/// <summary>
/// Conversation memory in table <c>bot_conversation_turn</c>, shared by every replica, so that a
/// follow-up answered by another replica still knows the question before it. Capped per
/// conversation and over all conversations, as in the SQLite store.
/// </summary>
internal sealed class PostgresConversationMemory(PostgresDatabase database, int turnsPerConversation, int maxTurns) : IConversationMemory
{
    public async Task<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(
            connection,
            """
            SELECT question, standalone_question, answer_text, answered, answer_dates, cited_articles, at
            FROM bot_conversation_turn WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2
            """,
            conversationId,
            maxTurns);
        var turns = new List<ConversationTurn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            turns.Add(new ConversationTurn(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetBoolean(3),
                reader.GetFieldValue<DateOnly[]>(4),
                reader.GetFieldValue<string[]>(5),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(6), TimeSpan.Zero)));
        }

        turns.Reverse();
        return turns;
    }

    public async Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One round trip, one implicit transaction: the turn and both caps.
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                PostgresCommand.InBatch(
                    """
                    INSERT INTO bot_conversation_turn (conversation_id, question, standalone_question, answer_text, answered, answer_dates, cited_articles, at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    """,
                    conversationId,
                    turn.Question,
                    turn.StandaloneQuestion,
                    turn.AnswerText,
                    turn.Answered,
                    turn.AnswerDates.ToArray(),
                    turn.CitedArticles.ToArray(),
                    turn.At.UtcDateTime),
                PostgresCommand.InBatch(
                    """
                    DELETE FROM bot_conversation_turn WHERE conversation_id = $1 AND id <=
                        (SELECT id FROM bot_conversation_turn WHERE conversation_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)
                    """,
                    conversationId,
                    turnsPerConversation),
                PostgresCommand.InBatch(
                    "DELETE FROM bot_conversation_turn WHERE id <= (SELECT id FROM bot_conversation_turn ORDER BY id DESC OFFSET $1 LIMIT 1)",
                    maxTurns),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

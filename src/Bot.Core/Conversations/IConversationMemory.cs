namespace Bot.Core.Conversations;

/// <summary>Recent turns per conversation (a Telegram chat, a console session), oldest first.</summary>
public interface IConversationMemory
{
    Task<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken);

    Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}

namespace Bot.Core.Conversations;

/// <summary>Size caps of conversation memory, in one place.</summary>
internal static class ConversationLimits
{
    /// <summary>Turns kept per conversation; follow-ups look back one or two turns, the model prompt three.</summary>
    public const int TurnsPerConversation = 10;

    /// <summary>Conversations kept in memory before the least recently used is forgotten.</summary>
    public const int Conversations = 1_000;

    /// <summary>Turns read back to understand a follow-up.</summary>
    public const int FollowUpHistory = 3;
}

namespace Bot.Core.Conversations;

/// <summary>Turns a follow-up ("and before that?") into a standalone question using earlier turns.</summary>
public interface IFollowUpRewriter
{
    Task<FollowUpRewrite> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken);
}

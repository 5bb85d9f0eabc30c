using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

internal static class AnswererConversationExtensions
{
    /// <summary>Remembers each conversation's turns and rewrites follow-ups into standalone questions before answering.</summary>
    public static IStreamingAnswerer UseConversation(
        this IAnswerer answerer,
        IConversationMemory memory,
        IFollowUpRewriter rewriter,
        TimeProvider time,
        ILogger logger)
        => new ConversationalAnswerer(answerer, memory, rewriter, time, logger);
}

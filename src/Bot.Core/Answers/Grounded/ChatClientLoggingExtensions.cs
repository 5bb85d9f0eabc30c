using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answers.Grounded;

internal static class ChatClientLoggingExtensions
{
    /// <summary>Logs request durations and failures; message contents at trace only.</summary>
    public static IChatClient UseLogging(this IChatClient client, ILogger logger) => new LoggingChatClient(client, logger);
}

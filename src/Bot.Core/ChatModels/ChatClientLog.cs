using Microsoft.Extensions.Logging;

namespace Bot.Core.ChatModels;

/// <summary>Log messages of the chat-model pipeline (event ids 4010–4019 of the chat-model range 4000–4099).</summary>
internal static partial class ChatClientLog
{
    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "The chat model is unavailable ({Reason}); answering with the extractive engine until it recovers")]
    public static partial void ChatModelUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "The chat model is still unavailable ({Reason})")]
    public static partial void ChatModelStillUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "The chat model answers again")]
    public static partial void ChatModelRecovered(ILogger logger);
}

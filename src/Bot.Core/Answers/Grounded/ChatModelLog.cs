using Microsoft.Extensions.Logging;

namespace Bot.Core.Answers.Grounded;

/// <summary>Log messages of grounded answers and conversations (event ids 4020–4099 of the chat-model range 4000–4099).</summary>
internal static partial class ChatModelLog
{

    [LoggerMessage(EventId = 4020, Level = LogLevel.Debug, Message = "The model's answer cites no given passage ({Dropped} marker(s) dropped); using the fallback answer")]
    public static partial void UngroundedAnswer(ILogger logger, int dropped);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Debug, Message = "Dropped {Dropped} citation marker(s) to passages the model was not given")]
    public static partial void InvalidMarkersDropped(ILogger logger, int dropped);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Trace, Message = "Model reply: {Reply}")]
    public static partial void ModelReply(ILogger logger, string reply);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Trace, Message = "Follow-up {Question} rewritten as {Standalone}")]
    public static partial void FollowUpRewritten(ILogger logger, string question, string standalone);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Debug, Message = "The model could not rewrite a follow-up ({Error}); using the rule-based rewrite")]
    public static partial void FollowUpModelFailed(ILogger logger, string error);
}

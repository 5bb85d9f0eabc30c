using Microsoft.Extensions.Logging;

namespace Bot.Core.Answers.Grounded;

/// <summary>Log messages of the chat-model path (prompts, grounded answers, conversations). Event ids 4000–4099.</summary>
internal static partial class ChatModelLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Reloaded {Count} prompt(s) from {Directory}")]
    public static partial void PromptsReloaded(ILogger logger, string directory, int count);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Kept the previous prompts: {Problem}")]
    public static partial void PromptReloadRejected(ILogger logger, string problem);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Debug, Message = "The model's answer cites no given passage ({Dropped} marker(s) dropped); using the fallback answer")]
    public static partial void UngroundedAnswer(ILogger logger, int dropped);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Debug, Message = "Dropped {Dropped} citation marker(s) to passages the model was not given")]
    public static partial void InvalidMarkersDropped(ILogger logger, int dropped);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Trace, Message = "Model prompt for {Question}: {Prompt}")]
    public static partial void ModelPrompt(ILogger logger, string question, string prompt);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Trace, Message = "Model reply: {Reply}")]
    public static partial void ModelReply(ILogger logger, string reply);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Trace, Message = "Follow-up {Question} rewritten as {Standalone}")]
    public static partial void FollowUpRewritten(ILogger logger, string question, string standalone);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Debug, Message = "The model could not rewrite a follow-up ({Error}); using the rule-based rewrite")]
    public static partial void FollowUpModelFailed(ILogger logger, string error);
}

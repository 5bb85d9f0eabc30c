using Microsoft.Extensions.Logging;

namespace Bot.Core.Prompts;

/// <summary>Log messages of prompts and their functions (event ids 4000–4009 of the chat-model range 4000–4099).</summary>
internal static partial class PromptLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Reloaded {Count} prompt(s) from {Directory}")]
    public static partial void PromptsReloaded(ILogger logger, string directory, int count);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Kept the previous prompts: {Problem}")]
    public static partial void PromptReloadRejected(ILogger logger, string problem);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Trace, Message = "Prompt {Function} rendered: {Prompt}")]
    public static partial void PromptRendered(ILogger logger, string function, string prompt);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Function {Function} finished in {ElapsedMs:F0} ms")]
    public static partial void FunctionFinished(ILogger logger, string function, double elapsedMs);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Function {Function} failed after {ElapsedMs:F0} ms: {Error}")]
    public static partial void FunctionFailed(ILogger logger, string function, double elapsedMs, string error);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Prompt {Function} put article or user text into the system message; not sent to the model")]
    public static partial void UntrustedTextInSystemRole(ILogger logger, string function);
}

using Microsoft.Extensions.Logging;

namespace Bot.Core;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Skipped article file {Path}: {Reason}")]
    public static partial void ArticleSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Loaded {Count} articles from {Folder} ({Skipped} skipped)")]
    public static partial void ArticlesLoaded(ILogger logger, int count, string folder, int skipped);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Indexed {Passages} passages of {Articles} articles in {ElapsedMs:F0} ms")]
    public static partial void Indexed(ILogger logger, int passages, int articles, double elapsedMs);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Trace, Message = "Question {Question} answered={Answered} in {ElapsedMs:F1} ms")]
    public static partial void Answered(ILogger logger, string question, bool answered, double elapsedMs);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "A question took longer than its budget of {BudgetSeconds:F0} s and was stopped")]
    public static partial void QuestionOverBudget(ILogger logger, double budgetSeconds);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Conversation memory unavailable ({Error}: {Message}); answering without follow-up context")]
    public static partial void ConversationMemoryFailed(ILogger logger, string error, string message);
}

using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>
/// Every log line of the Telegram adapter. No method takes the token or a request URI;
/// message contents (questions) are logged at Trace only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Telegram bot @{Username} ({BotId}) is polling {ApiHost}")]
    public static partial void BotStarted(ILogger logger, string? username, long botId, string apiHost);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode} {Description}); check Telegram:BotToken")]
    public static partial void TokenRejected(ILogger logger, int errorCode, string description);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Telegram {Method} failed ({Reason}); attempt {Attempt} in {DelayMs:0} ms")]
    public static partial void RequestRetrying(ILogger logger, string method, string reason, int attempt, double delayMs);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Telegram {Method} hit flood control; waiting {RetryAfter} s as asked (attempt {Attempt})")]
    public static partial void FloodWait(ILogger logger, string method, double retryAfter, int attempt);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "getUpdates conflicts with a webhook ({Description}); deleting the webhook once, pending updates kept")]
    public static partial void DeletingWebhook(ILogger logger, string description);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "getUpdates conflict: {Description}. Only one poller may use a token: is another instance of this bot running? Retrying in {DelayMs:0} ms")]
    public static partial void PollingConflict(ILogger logger, string description, double delayMs);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "getUpdates failed; retrying in {DelayMs:0} ms")]
    public static partial void PollFailed(ILogger logger, Exception exception, double delayMs);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Update {UpdateId} in chat {ChatId} could not be handled and is skipped")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, long updateId, long chatId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Debug, Message = "Cosmetic call {Method} failed and is ignored: {Reason}")]
    public static partial void CosmeticCallFailed(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Trace, Message = "Chat {ChatId} asks: {Question}")]
    public static partial void QuestionReceived(ILogger logger, long chatId, string question);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Answered update {UpdateId} in chat {ChatId}: {Parts} message(s), {Citations} citation(s), answered={Answered}")]
    public static partial void Answered(ILogger logger, long updateId, long chatId, int parts, int citations, bool answered);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Telegram could not parse the HTML of a message to chat {ChatId} ({Description}); resending it as plain text")]
    public static partial void EntityParseFallback(ILogger logger, long chatId, string description);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Group {ChatId} became supergroup {NewChatId}; resending there")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Cannot write to chat {ChatId}: {Description}")]
    public static partial void SendRefused(ILogger logger, long chatId, string description);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Information, Message = "Chat {ChatId} is not in Telegram:AllowedChatIds; refused")]
    public static partial void ChatNotAllowed(ILogger logger, long chatId);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Information, Message = "User {UserId} asked more than {Limit} questions in a minute; refused")]
    public static partial void QuestionRateLimited(ILogger logger, long userId, int limit);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Information, Message = "Telegram polling stopped; updates from {Offset} on are not confirmed yet")]
    public static partial void PollingStopped(ILogger logger, int? offset);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Debug, Message = "Update {UpdateId} in chat {ChatId} needs no reply ({Reason})")]
    public static partial void UpdateIgnored(ILogger logger, long updateId, long chatId, string reason);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Error, Message = "Answering update {UpdateId} in chat {ChatId} failed; the user is told so")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, long updateId, long chatId);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Question from user {UserId} is {Length} characters, over the limit of {Limit}; refused")]
    public static partial void QuestionTooLong(ILogger logger, long userId, int length, int limit);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Error, Message = "Could not read or record handled update {UpdateId} in the state file")]
    public static partial void StateSaveFailed(ILogger logger, Exception exception, long updateId);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Debug, Message = "Showing the answer in chat {ChatId} as it is written stopped: {Reason}")]
    public static partial void StreamEditFailed(ILogger logger, long chatId, string reason);

    [LoggerMessage(EventId = 3024, Level = LogLevel.Warning, Message = "Telegram {Method} was delivered, unconfirmed: {Reason}. It may have been carried out, so it is not sent again")]
    public static partial void DeliveryUnconfirmed(ILogger logger, string method, string reason);
}

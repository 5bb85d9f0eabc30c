using Microsoft.Extensions.Logging;

namespace Bot;

/// <summary>Log lines of the webhook replica (event ids 5100–5149).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Webhook request refused with 401: the {Header} header is missing or wrong (from {Remote})")]
    public static partial void WebhookUnauthorized(ILogger logger, string header, string remote);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Webhook request refused with 400: {Reason} (from {Remote})")]
    public static partial void WebhookBadRequest(ILogger logger, string reason, string remote);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug, Message = "Update {UpdateId} was received before (by this or another replica); ignored")]
    public static partial void WebhookDuplicate(ILogger logger, long updateId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Webhook replica {Owner} of @{Username} listening on {Listen} at {Path}")]
    public static partial void WebhookStarted(ILogger logger, string owner, string? username, string listen, string path);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Webhook set to {Url} (max {MaxConnections} connections, updates: {AllowedUpdates})")]
    public static partial void WebhookSet(ILogger logger, string url, int maxConnections, string allowedUpdates);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "setWebhook failed: {Reason}; updates reach this replica only if the webhook is set some other way")]
    public static partial void WebhookSetFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Update {UpdateId} in chat {ChatId} was being answered by a replica that stopped after it began sending; delivered, unconfirmed: not answered again")]
    public static partial void WebhookTakeoverUnconfirmed(ILogger logger, long updateId, long chatId);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "Update {UpdateId} in chat {ChatId} taken over (attempt {Attempt}): the replica that claimed it stopped before answering")]
    public static partial void WebhookTakeover(ILogger logger, long updateId, long chatId, int attempt);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Error, Message = "Update {UpdateId} in chat {ChatId} failed on {Attempts} claims; given up")]
    public static partial void WebhookGaveUp(ILogger logger, long updateId, long chatId, int attempts);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Error, Message = "The update inbox could not be reached ({Operation}); the sweep tries again")]
    public static partial void WebhookInboxFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Error, Message = "Handling update {UpdateId} in chat {ChatId} failed")]
    public static partial void WebhookUpdateFailed(ILogger logger, Exception exception, long updateId, long chatId);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Endpoints on {Listen}: {Routes}")]
    public static partial void EndpointsListening(ILogger logger, string listen, string routes);
}

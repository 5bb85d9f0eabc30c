using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>Log lines of channel digests.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Digest story {StoryId} posted to {Channel} in {Messages} message(s) citing {Sources} article(s) (update: {IsUpdate})")]
    public static partial void DigestStoryPosted(ILogger logger, string storyId, string channel, int messages, int sources, bool isUpdate);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Digest to {Channel}: {Stories} story/stories in {Messages} message(s)")]
    public static partial void DigestPosted(ILogger logger, string channel, int stories, int messages);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Digest not posted: Telegram refused {Channel} with {ErrorCode} ({Description}). Is the channel id right and the bot an administrator there? Nothing was marked posted.")]
    public static partial void DigestRefused(ILogger logger, string channel, int errorCode, string description);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Digest to {Channel} failed; nothing more was marked posted")]
    public static partial void DigestFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Could not tell admin {UserId} about the failed digest: {Reason}")]
    public static partial void DigestAdminNotReached(ILogger logger, long userId, string reason);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "Next scheduled digest at {When}")]
    public static partial void DigestScheduled(ILogger logger, DateTimeOffset when);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Error, Message = "Scheduled digest failed: {Reason}")]
    public static partial void DigestScheduleFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Error, Message = "Digest story {StoryId} to {Channel} was delivered, unconfirmed ({Reason}); it is marked posted with its message id unknown and will not be sent again")]
    public static partial void DigestUnconfirmed(ILogger logger, string storyId, string channel, string reason);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Information, Message = "Digest to {Channel} skipped: another replica holds the digest lock and is posting now")]
    public static partial void DigestBusyElsewhere(ILogger logger, string channel);
}

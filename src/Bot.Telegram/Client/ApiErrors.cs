using Telegram.Bot.Exceptions;

namespace Bot.Telegram.Client;

/// <summary>What a Bot API refusal means for the bot, read from its fields rather than its wording where Telegram gives fields.</summary>
internal static class ApiErrors
{
    /// <summary>The HTML could not be parsed; the same content can go out as plain text.</summary>
    public static bool IsEntityParseError(this ApiRequestException error) =>
        error.ErrorCode == 400 && error.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>An edit with exactly the message's current content: nothing to do, not a failure.</summary>
    public static bool IsNotModified(this ApiRequestException error) =>
        error.ErrorCode == 400 && error.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    /// <summary>Telegram refuses for good: the chat is gone, the bot was blocked or removed.</summary>
    public static bool IsPermanent(this ApiRequestException error) => error.ErrorCode is >= 400 and < 500 and not 429;

    /// <summary>A failure as a person reads it: Telegram's code and description, or what went wrong on the way.</summary>
    public static string Describe(Exception failure) => failure switch
    {
        ApiRequestException api => $"Telegram answered {api.ErrorCode}: {api.Message}",
        RequestException { HttpStatusCode: { } status } request => $"{(int)status} {status}: {request.Message}",
        _ => failure.Message,
    };
}

namespace Bot.Telegram.Api;

/// <summary>
/// Telegram answered <c>ok: false</c>. Branch on the fields, not on the prose. The message
/// names the method and Telegram's description only; it never contains the bot token.
/// </summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException()
    {
        Method = "";
        Description = "";
    }

    public TelegramApiException(string message)
        : base(message)
    {
        Method = "";
        Description = message;
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
        Description = message;
    }

    public TelegramApiException(string method, int errorCode, string description, int? retryAfter = null, long? migrateToChatId = null)
        : base($"Telegram {method} failed with {errorCode}: {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    /// <summary>The Bot API method that failed, e.g. "sendMessage".</summary>
    public string Method { get; }

    /// <summary>HTTP-like code: 400, 401, 403, 404, 409, 429, 5xx.</summary>
    public int ErrorCode { get; }

    /// <summary>Telegram's description, e.g. "Bad Request: chat not found".</summary>
    public string Description { get; }

    /// <summary>Seconds to wait before repeating the request (429 only).</summary>
    public int? RetryAfter { get; }

    /// <summary>The supergroup a group was upgraded to (400 only).</summary>
    public long? MigrateToChatId { get; }

    /// <summary>Worth repeating unchanged: flood control and server-side failures.</summary>
    public bool IsTransient => ErrorCode == 429 || ErrorCode >= 500;

    /// <summary>The HTML could not be parsed; the same content can go out as plain text.</summary>
    public bool IsEntityParseError =>
        ErrorCode == 400 && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>An edit with exactly the message's current content: nothing to do, not a failure.</summary>
    public bool IsNotModified =>
        ErrorCode == 400 && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}

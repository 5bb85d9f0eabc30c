namespace Bot.Telegram.Api;

/// <summary>
/// The request got no Bot API answer: the connection failed, dropped or timed out. Always
/// worth retrying. The message never contains the bot token or the request URI.
/// </summary>
public sealed class TelegramTransportException : Exception
{
    public TelegramTransportException()
    {
        Method = "";
    }

    public TelegramTransportException(string message)
        : base(message)
    {
        Method = "";
    }

    public TelegramTransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Method = "";
    }

    public TelegramTransportException(string method, string reason, Exception? innerException)
        : base($"Telegram {method} got no answer: {reason}", innerException)
    {
        Method = method;
    }

    public string Method { get; }
}

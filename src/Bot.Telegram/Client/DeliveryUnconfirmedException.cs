namespace Bot.Telegram.Client;

/// <summary>
/// A request Telegram may have carried out, though its answer could not be read: a 2xx whose body
/// is unreadable or lacks fields, or no answer after the request was sent. It is never sent again
/// (that could post twice); the caller records it as delivered, unconfirmed.
/// </summary>
public sealed class DeliveryUnconfirmedException : Exception
{
    public DeliveryUnconfirmedException()
        : this("request", "no answer")
    {
    }

    public DeliveryUnconfirmedException(string message)
        : this("request", message)
    {
    }

    public DeliveryUnconfirmedException(string message, Exception innerException)
        : this("request", message, innerException)
    {
    }

    public DeliveryUnconfirmedException(string method, string reason, Exception? innerException = null)
        : base($"Telegram {method} may have been carried out, but its answer could not be read ({reason}); it is not sent again", innerException)
    {
        Method = method;
        Reason = reason;
    }

    /// <summary>The Bot API method, e.g. "sendMessage".</summary>
    public string Method { get; }

    /// <summary>Why the outcome is unknown, e.g. "no answer within 30 s".</summary>
    public string Reason { get; }
}

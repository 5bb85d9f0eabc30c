namespace Bot.Core.ChatModels;

/// <summary>
/// The chat model could not answer: an HTTP error, a refused or dropped connection, a timeout, an
/// unreadable or empty reply. Callers answer without the model instead; the inner exception says why.
/// </summary>
public sealed class ChatModelUnavailableException : Exception
{
    public ChatModelUnavailableException()
    {
    }

    public ChatModelUnavailableException(string message)
        : base(message)
    {
    }

    public ChatModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

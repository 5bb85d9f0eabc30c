namespace Bot.Core.Answers.Grounded;

/// <summary>The model answered, but with nothing usable (no choices, empty text).</summary>
public sealed class ChatModelResponseException : Exception
{
    public ChatModelResponseException()
    {
    }

    public ChatModelResponseException(string message)
        : base(message)
    {
    }

    public ChatModelResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Bot.Testing.OpenAi;

/// <summary>Ways the fake server can misbehave, one per failure a real endpoint shows.</summary>
public enum OpenAiFault
{
    None,

    /// <summary>Accepts the request and never answers (until the client gives up).</summary>
    Hang,

    /// <summary>HTTP 500 with an OpenAI error body.</summary>
    ServerError,

    /// <summary>HTTP 200 whose body is not valid JSON.</summary>
    MalformedJson,

    /// <summary>A well-formed completion with an empty <c>choices</c> array.</summary>
    EmptyChoices,

    /// <summary>Drops the connection without a response.</summary>
    Disconnect,
}

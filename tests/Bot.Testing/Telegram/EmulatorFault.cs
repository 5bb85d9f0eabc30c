namespace Bot.Testing.Telegram;

/// <summary>
/// A fault the emulator injects into the next request(s) of a method. Errors, dropped connections
/// and delays happen before the request is processed: a failed sendMessage has sent nothing. The
/// "accepted" faults (<see cref="MalformedResult"/>, <see cref="NullChatId"/>, <see cref="AcceptThenHang"/>,
/// <see cref="AcceptThenDrop"/>) carry the request out and then spoil the answer, as a real server
/// or proxy can: the message is in the chat though the client cannot know.
/// </summary>
public sealed record EmulatorFault
{
    private EmulatorFault(EmulatorFaultKind kind, int errorCode = 0, string description = "", int? retryAfter = null, TimeSpan delay = default, bool htmlBody = false)
    {
        Kind = kind;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        Delay = delay;
        HtmlBody = htmlBody;
    }

    public EmulatorFaultKind Kind { get; }

    public int ErrorCode { get; }

    public string Description { get; }

    public int? RetryAfter { get; }

    public TimeSpan Delay { get; }

    /// <summary>Answer with a proxy's HTML page instead of Bot API JSON.</summary>
    public bool HtmlBody { get; }

    /// <summary>429 flood control, as Telegram words it.</summary>
    public static EmulatorFault TooManyRequests(int retryAfterSeconds) =>
        new(EmulatorFaultKind.Error, 429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static EmulatorFault InternalServerError() => new(EmulatorFaultKind.Error, 500, "Internal Server Error");

    /// <summary>502 from the proxy in front of the Bot API: an HTML page, not JSON.</summary>
    public static EmulatorFault BadGateway() => new(EmulatorFaultKind.Error, 502, "Bad Gateway", htmlBody: true);

    public static EmulatorFault Error(int errorCode, string description) => new(EmulatorFaultKind.Error, errorCode, description);

    /// <summary>
    /// The TCP connection is reset before the request body is read and without an HTTP response:
    /// a client that waits for "100 Continue" knows nothing was sent.
    /// </summary>
    public static EmulatorFault DropConnection() => new(EmulatorFaultKind.DropConnection);

    /// <summary>Carried out, then answered 200 with a body cut in the middle of its JSON.</summary>
    public static EmulatorFault MalformedResult() => new(EmulatorFaultKind.MalformedResult);

    /// <summary>Carried out, then answered 200 with a result whose chat.id is null.</summary>
    public static EmulatorFault NullChatId() => new(EmulatorFaultKind.NullChatId);

    /// <summary>Carried out, then never answered: the request hangs until the client gives up.</summary>
    public static EmulatorFault AcceptThenHang() => new(EmulatorFaultKind.AcceptThenHang);

    /// <summary>Carried out, then the connection is reset without an answer.</summary>
    public static EmulatorFault AcceptThenDrop() => new(EmulatorFaultKind.AcceptThenDrop);

    /// <summary>The request is processed normally after a delay.</summary>
    public static EmulatorFault SlowReply(TimeSpan delay) => new(EmulatorFaultKind.Delay, delay: delay);
}

namespace Bot.Testing.Telegram;

public enum EmulatorFaultKind
{
    /// <summary>Refused before anything is done: an error answer.</summary>
    Error,

    /// <summary>Refused before anything is done: the connection is reset before the body is read.</summary>
    DropConnection,

    /// <summary>Done normally, after a delay.</summary>
    Delay,

    /// <summary>Done, then answered 200 with a body cut short: the client cannot read it.</summary>
    MalformedResult,

    /// <summary>Done, then answered 200 with the result's chat.id null.</summary>
    NullChatId,

    /// <summary>Done, then no answer ever: the connection stays open until the client gives up.</summary>
    AcceptThenHang,

    /// <summary>Done, then the connection is reset without an answer.</summary>
    AcceptThenDrop,
}

namespace Bot.Telegram.Updates;

/// <summary>
/// Whether the Bot API server has sendMessageDraft. Telegram's has; a self-hosted server of an older
/// version answers 404, and from then on private chats get edited replies as groups do.
/// </summary>
public sealed class DraftSupport
{
    private volatile bool unsupported;

    public bool Available => !unsupported;

    internal void MarkUnavailable() => unsupported = true;
}

namespace Bot.Telegram.Client;

/// <summary>How a Bot API method may be repeated after a failure.</summary>
internal enum RequestKind
{
    /// <summary>Repeating it changes nothing (getMe, deleteWebhook, an edit to the same text): every transient failure is retried.</summary>
    Repeatable,

    /// <summary>Each call posts a message (sendMessage): retried only when the failure proves nothing happened.</summary>
    Posting,

    /// <summary>A courtesy (typing, command menu, drafts): one attempt, so it never delays what matters.</summary>
    Cosmetic,

    /// <summary>getUpdates: one attempt per call; the polling loop is what tries again.</summary>
    Polling,
}

/// <summary>The kind of each method the bot calls.</summary>
internal static class RequestKinds
{
    public static RequestKind Of(string method) => method switch
    {
        "sendMessage" => RequestKind.Posting,
        "getUpdates" => RequestKind.Polling,
        "sendChatAction" or "setMyCommands" or "sendMessageDraft" => RequestKind.Cosmetic,
        _ => RequestKind.Repeatable,
    };
}

namespace Bot.Telegram.Api.Requests;

/// <summary>deleteWebhook: switches the bot back to getUpdates; false keeps the queued updates.</summary>
public sealed record DeleteWebhookRequest : IRequest<bool>
{
    public string MethodName => "deleteWebhook";

    public bool DropPendingUpdates { get; init; }
}

namespace Bot.Webhook;

/// <summary>What the inbox records as an update's outcome.</summary>
internal static class WebhookOutcomes
{
    public const string Handled = "handled";

    /// <summary>A replica had begun sending when it stopped: Telegram may have posted the reply, so it is not repeated.</summary>
    public const string Unconfirmed = "unconfirmed";

    public const string Failed = "failed";
}

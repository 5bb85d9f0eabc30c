namespace Bot.Webhook;

/// <summary>The webhook replica's fixed intervals.</summary>
internal static class WebhookLimits
{
    /// <summary>Handled updates are kept this long so that a late second delivery is still recognised (Telegram gives up redelivering within hours).</summary>
    public static readonly TimeSpan KeepHandled = TimeSpan.FromDays(2);

    /// <summary>How often a replica deletes handled updates older than <see cref="KeepHandled"/>.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);
}

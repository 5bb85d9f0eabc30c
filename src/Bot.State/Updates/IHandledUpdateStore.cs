namespace Bot.State.Updates;

/// <summary>
/// The Telegram updates a bot has handled: each update's id with what it was about (kind, chat,
/// message), because Telegram restarts ids at random after a week without updates. Polling skips
/// updates recorded here, so a restart answers nothing twice. A provider keeps a bounded number per bot.
/// </summary>
public interface IHandledUpdateStore
{
    Task<bool> WasHandledAsync(long botId, long updateId, string updateKey, CancellationToken cancellationToken);

    /// <summary>Records an update as handled, before it is confirmed to Telegram.</summary>
    Task RecordHandledAsync(long botId, long updateId, string updateKey, CancellationToken cancellationToken);
}

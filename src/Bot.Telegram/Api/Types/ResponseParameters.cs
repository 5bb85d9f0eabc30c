namespace Bot.Telegram.Api.Types;

/// <summary>Why a request failed and how to recover: wait <see cref="RetryAfter"/> seconds, or use the migrated chat.</summary>
public sealed record ResponseParameters
{
    public long? MigrateToChatId { get; init; }

    public int? RetryAfter { get; init; }
}

namespace Bot.Telegram.Api.Types;

/// <summary>Which message a sent message replies to.</summary>
public sealed record ReplyParameters
{
    public long MessageId { get; init; }

    public bool? AllowSendingWithoutReply { get; init; }
}

using Telegram.Bot.Types;

namespace Bot.Telegram.Updates;

/// <summary>
/// One message the bot sent: the chat it went to (a group may have moved to a supergroup) and its
/// id, or no id when it was delivered, unconfirmed (Telegram may have posted it; it is not sent again),
/// with the reason its outcome is unknown.
/// </summary>
public sealed record PostedMessage(ChatId Chat, int? MessageId, string? UnconfirmedReason = null)
{
    public bool Confirmed => MessageId is not null;
}

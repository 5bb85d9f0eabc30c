using System.Globalization;
using Telegram.Bot.Types;

namespace Bot.Telegram.Polling;

/// <summary>
/// What an update is about (its kind, chat and message), kept beside its id in the record of handled
/// updates: ids restart at random after a week without updates, so an id alone could match an update
/// handled long ago and skip a new one.
/// </summary>
internal static class UpdateKey
{
    public static string Of(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var message = update.Message ?? update.EditedMessage ?? update.ChannelPost ?? update.EditedChannelPost;
        return message is null
            ? update.Type.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{update.Type}:{message.Chat?.Id}:{message.Id}");
    }
}

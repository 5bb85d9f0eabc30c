using System.Globalization;
using Telegram.Bot.Types;

namespace Bot.Telegram.Client;

/// <summary>Telegram:ChannelId as configured: a numeric chat id, or a public channel's username with or without '@'.</summary>
internal static class ChannelAddress
{
    public static bool TryParse(string? text, out ChatId chat)
    {
        chat = null!;
        var trimmed = text?.Trim() ?? "";
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            chat = new ChatId(id);
            return true;
        }

        var name = trimmed.TrimStart('@');
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return false;
        }

        chat = new ChatId("@" + name);
        return true;
    }

    public static ChatId Parse(string text) =>
        TryParse(text, out var chat) ? chat : throw new FormatException("Telegram:ChannelId must be @channelusername or a numeric chat id.");
}

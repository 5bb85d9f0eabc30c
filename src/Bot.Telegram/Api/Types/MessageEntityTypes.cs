namespace Bot.Telegram.Api.Types;

/// <summary>The values of MessageEntity.type the bot reads.</summary>
public static class MessageEntityTypes
{
    public const string BotCommand = "bot_command";
    public const string Mention = "mention";
    public const string TextMention = "text_mention";
}

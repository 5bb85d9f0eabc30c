namespace Bot.Telegram.Api.Types;

/// <summary>The values of Chat.type.</summary>
public static class ChatTypes
{
    public const string Private = "private";
    public const string Group = "group";
    public const string Supergroup = "supergroup";
    public const string Channel = "channel";

    /// <summary>True for the two kinds of chat where etiquette asks the bot to speak only when addressed.</summary>
    public static bool IsGroup(string type) =>
        string.Equals(type, Group, StringComparison.Ordinal) || string.Equals(type, Supergroup, StringComparison.Ordinal);
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace Bot.Telegram.Api.Types;

/// <summary>
/// The target of a send: a numeric chat id or a public "@username" (channels). Serialized as a
/// JSON number or string, as the Bot API accepts both.
/// </summary>
[JsonConverter(typeof(ChatIdJsonConverter))]
public readonly record struct ChatId
{
    public ChatId(long identifier)
    {
        Identifier = identifier;
        Username = null;
    }

    public ChatId(string username)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        Identifier = null;
        Username = username.StartsWith('@') ? username : "@" + username;
    }

    public long? Identifier { get; }

    public string? Username { get; }

    /// <summary>Parses configuration text: a number, or a channel username with or without '@'.</summary>
    public static ChatId Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? new ChatId(id)
            : new ChatId(text.Trim());
    }

    public static implicit operator ChatId(long identifier) => new(identifier);

    public static ChatId FromInt64(long identifier) => new(identifier);

    public override string ToString() =>
        Identifier?.ToString(CultureInfo.InvariantCulture) ?? Username ?? "";
}

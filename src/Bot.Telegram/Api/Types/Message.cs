namespace Bot.Telegram.Api.Types;

/// <summary>
/// A message (Bot API type Message), with the fields the bot reads. Non-text messages carry
/// one of the media fields instead of <see cref="Text"/>; they are kept as raw JSON because
/// the bot only needs to know that they are there.
/// </summary>
public sealed record Message
{
    public long MessageId { get; init; }

    public long? MessageThreadId { get; init; }

    public User? From { get; init; }

    public Chat Chat { get; init; } = new();

    /// <summary>Unix time in seconds.</summary>
    public long Date { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    public Message? ReplyToMessage { get; init; }

    public bool? IsTopicMessage { get; init; }

    public System.Text.Json.JsonElement? Photo { get; init; }

    public System.Text.Json.JsonElement? Sticker { get; init; }

    public System.Text.Json.JsonElement? Document { get; init; }

    public System.Text.Json.JsonElement? Voice { get; init; }
}

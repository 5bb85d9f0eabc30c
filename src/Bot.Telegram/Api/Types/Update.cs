namespace Bot.Telegram.Api.Types;

/// <summary>An incoming update (Bot API type Update); at most one of the optional fields is set.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(UpdateJsonConverter))]
public sealed record Update
{
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? EditedMessage { get; init; }

    public Message? ChannelPost { get; init; }

    public Message? EditedChannelPost { get; init; }
}

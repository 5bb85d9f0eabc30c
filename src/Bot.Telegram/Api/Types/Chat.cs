namespace Bot.Telegram.Api.Types;

/// <summary>A chat (Bot API type Chat); <see cref="Type"/> is one of <see cref="ChatTypes"/>.</summary>
public sealed record Chat
{
    public long Id { get; init; }

    public string Type { get; init; } = ChatTypes.Private;

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }
}

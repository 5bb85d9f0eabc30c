namespace Bot.Telegram.Api.Types;

/// <summary>
/// A special span of a message's text. <see cref="Offset"/> and <see cref="Length"/> count
/// UTF-16 code units, which is what .NET strings index, so they slice <c>Message.Text</c> directly.
/// </summary>
public sealed record MessageEntity
{
    public string Type { get; init; } = "";

    public int Offset { get; init; }

    public int Length { get; init; }

    public string? Url { get; init; }

    /// <summary>The mentioned user, for entities of type text_mention.</summary>
    public User? User { get; init; }
}

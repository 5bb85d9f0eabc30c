namespace Bot.Telegram.Api.Types;

/// <summary>Link preview generation for a sent message.</summary>
public sealed record LinkPreviewOptions
{
    public bool? IsDisabled { get; init; }
}

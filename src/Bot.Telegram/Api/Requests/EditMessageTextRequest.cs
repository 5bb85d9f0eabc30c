using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api.Requests;

/// <summary>editMessageText: replaces the text of a message the bot sent.</summary>
public sealed record EditMessageTextRequest(ChatId ChatId, long MessageId, string Text) : IRequest<Message>
{
    public string MethodName => "editMessageText";

    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }
}

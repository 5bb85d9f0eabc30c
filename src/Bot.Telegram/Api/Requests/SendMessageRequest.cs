using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api.Requests;

/// <summary>sendMessage: text of 1–4096 characters after entity parsing.</summary>
public sealed record SendMessageRequest(ChatId ChatId, string Text) : IRequest<Message>
{
    public string MethodName => "sendMessage";

    public long? MessageThreadId { get; init; }

    /// <summary>"HTML", or null for plain text.</summary>
    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public bool? DisableNotification { get; init; }
}

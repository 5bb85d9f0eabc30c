using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api.Requests;

/// <summary>sendChatAction: shows "typing…" for about five seconds or until the next message.</summary>
public sealed record SendChatActionRequest(ChatId ChatId, string Action) : IRequest<bool>
{
    public const string Typing = "typing";

    public string MethodName => "sendChatAction";

    public long? MessageThreadId { get; init; }
}

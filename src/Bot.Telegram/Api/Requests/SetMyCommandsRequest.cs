using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api.Requests;

/// <summary>setMyCommands: the command menu Telegram clients show.</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands) : IRequest<bool>
{
    public string MethodName => "setMyCommands";
}

using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api.Requests;

/// <summary>getMe: the bot's own user, whose username addresses it in groups.</summary>
public sealed record GetMeRequest : IRequest<User>
{
    public string MethodName => "getMe";
}

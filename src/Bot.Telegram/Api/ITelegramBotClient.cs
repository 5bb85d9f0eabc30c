using Bot.Telegram.Api.Requests;

namespace Bot.Telegram.Api;

/// <summary>
/// The one seam to the Bot API: every method is a request object. Typed helpers such as
/// <see cref="TelegramBotClientExtensions.SendMessageAsync"/> are extensions over this method,
/// so a test double fakes one member.
/// </summary>
public interface ITelegramBotClient
{
    /// <exception cref="TelegramApiException">Telegram answered ok=false.</exception>
    /// <exception cref="TelegramTransportException">No answer: connection failure or timeout.</exception>
    Task<TResponse> SendRequestAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken);
}

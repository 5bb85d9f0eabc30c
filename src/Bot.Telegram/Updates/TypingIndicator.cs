using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Updates;

/// <summary>
/// Shows "typing…" until cancelled. Cosmetic: a failure is logged at debug level and ends the
/// indicator (some Bot API servers and proxies lack sendChatAction); it never delays the answer.
/// </summary>
internal static class TypingIndicator
{
    public static async Task ShowAsync(ITelegramBotClient client, ChatId chatId, int? messageThreadId, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await client.SendChatAction(chatId, ChatAction.Typing, messageThreadId, cancellationToken: cancellationToken).ConfigureAwait(false);
                await Task.Delay(TelegramLimits.TypingRefresh, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The answer is ready.
        }
        catch (RequestException e)
        {
            Log.CosmeticCallFailed(logger, "sendChatAction", e.Message);
        }
    }
}

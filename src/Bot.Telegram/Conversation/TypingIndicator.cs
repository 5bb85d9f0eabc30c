using Bot.Telegram.Api;
using Bot.Telegram.Api.Requests;
using Bot.Telegram.Api.Types;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Conversation;

/// <summary>
/// Shows "typing…" until cancelled. Cosmetic: a failure is logged at debug level and ends the
/// indicator (some Bot API servers and proxies lack sendChatAction); it never delays the answer.
/// </summary>
internal static class TypingIndicator
{
    public static async Task ShowAsync(ITelegramBotClient client, ChatId chatId, long? messageThreadId, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await client.SendChatActionAsync(chatId, SendChatActionRequest.Typing, messageThreadId, cancellationToken).ConfigureAwait(false);
                await Task.Delay(TelegramLimits.TypingRefresh, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The answer is ready.
        }
        catch (TelegramApiException e)
        {
            Log.CosmeticCallFailed(logger, "sendChatAction", e.Message);
        }
        catch (TelegramTransportException e)
        {
            Log.CosmeticCallFailed(logger, "sendChatAction", e.Message);
        }
    }
}

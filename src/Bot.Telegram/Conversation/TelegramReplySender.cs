using Bot.Telegram.Api;
using Bot.Telegram.Api.Requests;
using Bot.Telegram.Api.Types;
using Bot.Telegram.Limits;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Conversation;

/// <summary>
/// Sends rendered HTML messages in order, paced by <see cref="OutgoingMessageLimiter"/>. The first
/// message replies to the question. If Telegram cannot parse a message's HTML, the same content
/// goes out as plain text; if a group became a supergroup, the message follows it there.
/// </summary>
public sealed class TelegramReplySender(ITelegramBotClient client, OutgoingMessageLimiter limiter, ILogger<TelegramReplySender> logger)
{
    /// <exception cref="TelegramApiException">Telegram refused for good (400 chat not found, 403 blocked or not a member…).</exception>
    public async Task<IReadOnlyList<Message>> SendAsync(
        ChatId chatId, bool isGroup, long? messageThreadId, long? replyToMessageId, IReadOnlyList<string> htmlMessages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(htmlMessages);
        var sent = new List<Message>(htmlMessages.Count);
        foreach (var html in htmlMessages)
        {
            var request = new SendMessageRequest(chatId, html)
            {
                ParseMode = "HTML",
                MessageThreadId = messageThreadId,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
                ReplyParameters = sent.Count == 0 && replyToMessageId is { } replyTo
                    ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true }
                    : null,
            };
            var message = await SendOneAsync(request, isGroup, cancellationToken).ConfigureAwait(false);
            chatId = message.Chat.Id;
            sent.Add(message);
        }

        return sent;
    }

    /// <summary>
    /// Replaces the text of a message the bot sent (an edit counts against the same limits as a
    /// message). With <paramref name="skipWhenBusy"/> the edit is skipped, returning false, when it
    /// would have to wait for the limits; an edit to the current content counts as done.
    /// </summary>
    /// <exception cref="TelegramApiException">Telegram refused the edit (message deleted, blocked…).</exception>
    public async Task<bool> EditAsync(ChatId chatId, bool isGroup, long messageId, string html, bool skipWhenBusy, CancellationToken cancellationToken)
    {
        var key = LimiterKey(chatId);
        if (skipWhenBusy)
        {
            if (!limiter.TryReserve(key, isGroup))
            {
                return false;
            }
        }
        else
        {
            await limiter.WaitAsync(key, isGroup, cancellationToken).ConfigureAwait(false);
        }

        var request = new EditMessageTextRequest(chatId, messageId, html)
        {
            ParseMode = "HTML",
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        };
        while (true)
        {
            try
            {
                await client.EditMessageTextAsync(request, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TelegramApiException e) when (e.IsNotModified)
            {
                return true;
            }
            catch (TelegramApiException e) when (e.IsEntityParseError && request.ParseMode is not null)
            {
                Log.EntityParseFallback(logger, chatId.Identifier ?? 0, e.Description);
                request = request with { Text = TelegramHtml.ToPlainText(request.Text), ParseMode = null };
            }
        }
    }

    private async Task<Message> SendOneAsync(SendMessageRequest request, bool isGroup, CancellationToken cancellationToken)
    {
        var migrated = false;
        while (true)
        {
            await limiter.WaitAsync(LimiterKey(request.ChatId), isGroup, cancellationToken).ConfigureAwait(false);
            try
            {
                return await client.SendMessageAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException e) when (e.IsEntityParseError && request.ParseMode is not null)
            {
                Log.EntityParseFallback(logger, request.ChatId.Identifier ?? 0, e.Description);
                request = request with { Text = TelegramHtml.ToPlainText(request.Text), ParseMode = null };
            }
            catch (TelegramApiException e) when (e.MigrateToChatId is { } newChatId && !migrated)
            {
                Log.ChatMigrated(logger, request.ChatId.Identifier ?? 0, newChatId);
                migrated = true;
                request = request with { ChatId = newChatId };
            }
        }
    }

    private static long LimiterKey(ChatId chatId) =>
        chatId.Identifier ?? StringComparer.OrdinalIgnoreCase.GetHashCode(chatId.Username ?? "");
}

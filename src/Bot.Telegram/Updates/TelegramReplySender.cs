using Bot.Telegram.Client;
using Bot.Telegram.Limits;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Updates;

/// <summary>
/// Sends rendered HTML messages in order, paced by <see cref="OutgoingMessageLimiter"/>. The first
/// message replies to the question. If Telegram cannot parse a message's HTML, the same content
/// goes out as plain text; if a group became a supergroup, the message follows it there. A message
/// delivered, unconfirmed is not sent again; the rest still follow.
/// </summary>
public sealed class TelegramReplySender(ITelegramBotClient client, OutgoingMessageLimiter limiter, ILogger<TelegramReplySender> logger)
{
    /// <exception cref="ApiRequestException">Telegram refused (400 chat not found, 403 blocked or not a member…).</exception>
    /// <exception cref="RequestException">Telegram could not be reached within the retry policy.</exception>
    public async Task<IReadOnlyList<PostedMessage>> SendAsync(
        ChatId chatId, bool isGroup, int? messageThreadId, int? replyToMessageId, IReadOnlyList<string> htmlMessages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(htmlMessages);
        var sent = new List<PostedMessage>(htmlMessages.Count);
        foreach (var html in htmlMessages)
        {
            var posted = await SendOneAsync(chatId, isGroup, messageThreadId, sent.Count == 0 ? replyToMessageId : null, html, cancellationToken).ConfigureAwait(false);
            chatId = posted.Chat;
            sent.Add(posted);
        }

        return sent;
    }

    /// <summary>
    /// Replaces the text of a message the bot sent (an edit counts against the same limits as a
    /// message). With <paramref name="skipWhenBusy"/> the edit is skipped, returning false, when it
    /// would have to wait for the limits; an edit to the current content counts as done.
    /// </summary>
    /// <exception cref="ApiRequestException">Telegram refused the edit (message deleted, blocked…).</exception>
    public async Task<bool> EditAsync(ChatId chatId, bool isGroup, int messageId, string html, bool skipWhenBusy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        var key = LimiterKey(chatId);
        if (skipWhenBusy)
        {
            if (!await limiter.TryReserveAsync(key, isGroup, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        else
        {
            await limiter.WaitAsync(key, isGroup, cancellationToken).ConfigureAwait(false);
        }

        var text = html;
        var parseMode = ParseMode.Html;
        while (true)
        {
            try
            {
                await client.EditMessageText(chatId, messageId, text, parseMode, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                return true;
            }
            catch (ApiRequestException e) when (e.IsNotModified())
            {
                return true;
            }
            catch (ApiRequestException e) when (e.IsEntityParseError() && parseMode != ParseMode.None)
            {
                Log.EntityParseFallback(logger, chatId.Identifier ?? 0, e.Message);
                (text, parseMode) = (TelegramHtml.ToPlainText(text), ParseMode.None);
            }
        }
    }

    private async Task<PostedMessage> SendOneAsync(ChatId chatId, bool isGroup, int? messageThreadId, int? replyToMessageId, string html, CancellationToken cancellationToken)
    {
        var text = html;
        var parseMode = ParseMode.Html;
        var migrated = false;
        while (true)
        {
            await limiter.WaitAsync(LimiterKey(chatId), isGroup, cancellationToken).ConfigureAwait(false);
            try
            {
                var message = await client.SendMessage(
                    chatId,
                    text,
                    parseMode,
                    replyParameters: replyToMessageId is { } replyTo ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true } : null,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                    messageThreadId: messageThreadId,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                return new PostedMessage(message.Chat.Id, message.Id);
            }
            catch (DeliveryUnconfirmedException e)
            {
                // Logged by the client; sending it again could post it twice.
                return new PostedMessage(chatId, null, e.Reason);
            }
            catch (ApiRequestException e) when (e.IsEntityParseError() && parseMode != ParseMode.None)
            {
                Log.EntityParseFallback(logger, chatId.Identifier ?? 0, e.Message);
                (text, parseMode) = (TelegramHtml.ToPlainText(text), ParseMode.None);
            }
            catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is { } newChatId && !migrated)
            {
                Log.ChatMigrated(logger, chatId.Identifier ?? 0, newChatId);
                migrated = true;
                chatId = newChatId;
            }
        }
    }

    private static long LimiterKey(ChatId chatId) =>
        chatId.Identifier ?? StringComparer.OrdinalIgnoreCase.GetHashCode(chatId.Username ?? "");
}

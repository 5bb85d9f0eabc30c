using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Updates;

/// <summary>
/// One answer shown while it is written by editing the reply (groups; see <see cref="DraftReply"/>
/// for private chats). A quick answer is sent once, complete. An answer still
/// being written after one interval is sent as it stands and then edited as it grows: at most
/// once per interval, only when the text changed, and skipped rather than delayed when the
/// chat's message limits are reached. The final edit replaces the text with the rendered answer
/// and its sources; what does not fit in one message follows in new messages.
/// </summary>
internal sealed class StreamedReply(
    TelegramReplySender sender,
    ChatId chatId,
    bool isGroup,
    int? messageThreadId,
    int replyToMessageId,
    TimeSpan interval,
    TimeProvider time,
    ILogger logger) : IReplyStream
{
    /// <summary>Shown after the partial text so that a reader sees the answer is not finished.</summary>
    private const string StillWriting = " …";

    private readonly long started = time.GetTimestamp();
    private ChatId chat = chatId;
    private PostedMessage? message;
    private string? shownHtml;
    private long shownAt;
    private bool partialsStopped;

    /// <summary>An edited reply has no placeholder: the typing indicator says an answer is coming.</summary>
    public Task ShowPlaceholderAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Shows the text so far when an interval has passed since the start or the last edit.</summary>
    public async Task ShowPartialAsync(string text, CancellationToken cancellationToken)
    {
        if (partialsStopped || time.GetElapsedTime(message is null ? started : shownAt) < interval)
        {
            return;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length + StillWriting.Length > TelegramLimits.MessageLength)
        {
            // Nothing to show yet, or more than one message holds: the final answer is split properly.
            return;
        }

        var html = TelegramHtml.Escape(trimmed) + StillWriting;
        if (html == shownHtml)
        {
            return;
        }

        try
        {
            if (message is null)
            {
                message = (await sender.SendAsync(chat, isGroup, messageThreadId, replyToMessageId, [html], cancellationToken).ConfigureAwait(false))[0];
                chat = message.Chat;
                if (!message.Confirmed)
                {
                    // Without its id the message cannot be edited; the final answer follows as a new message.
                    partialsStopped = true;
                    return;
                }
            }
            else if (!await sender.EditAsync(chat, isGroup, message.MessageId!.Value, html, skipWhenBusy: true, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        catch (ApiRequestException e) when (e.ErrorCode != 403)
        {
            // The partial text is a courtesy; the final answer is still sent (as a new message if need be).
            Log.StreamEditFailed(logger, chat.Identifier ?? 0, e.Message);
            partialsStopped = true;
            return;
        }

        shownHtml = html;
        shownAt = time.GetTimestamp();
    }

    /// <summary>Shows the final messages: the first replaces the partial text, the rest follow.</summary>
    public async Task<int> FinishAsync(IReadOnlyList<string> html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (message is { MessageId: { } shownId } && html.Count > 0)
        {
            var edited = true;
            try
            {
                if (html[0] != shownHtml)
                {
                    await sender.EditAsync(chat, isGroup, shownId, html[0], skipWhenBusy: false, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400)
            {
                // The partial message is gone (deleted by the user, say): send the answer afresh.
                Log.StreamEditFailed(logger, chat.Identifier ?? 0, e.Message);
                edited = false;
            }

            if (edited)
            {
                var rest = await sender.SendAsync(chat, isGroup, messageThreadId, null, [.. html.Skip(1)], cancellationToken).ConfigureAwait(false);
                return 1 + rest.Count;
            }
        }

        var sent = await sender.SendAsync(chat, isGroup, messageThreadId, replyToMessageId, html, cancellationToken).ConfigureAwait(false);
        return sent.Count;
    }
}

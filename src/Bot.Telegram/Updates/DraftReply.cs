using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Updates;

/// <summary>
/// An answer in a private chat, streamed with sendMessageDraft: an answer not ready after one
/// interval shows Telegram's "Thinking…" placeholder (a draft with empty text), which then grows
/// with the text so far, at most once per interval and only when the text changed. The final
/// answer with its sources is one sendMessage, which persists it (a draft is an ephemeral
/// preview) and replaces the draft. Drafts are a courtesy: one failure ends them for this answer.
/// </summary>
internal sealed class DraftReply(
    ITelegramBotClient client,
    TelegramReplySender sender,
    DraftSupport support,
    long chatId,
    int? messageThreadId,
    int replyToMessageId,
    TimeSpan interval,
    TimeProvider time,
    ILogger logger) : IReplyStream, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? shownHtml;
    private long shownAt;
    private bool stopped;

    /// <summary>The draft's id: the question's message id, unique in the chat and never zero.</summary>
    private long DraftId => replyToMessageId;

    public async Task ShowPlaceholderAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            await ShowThinkingAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The answer came first.
        }
    }

    /// <summary>Telegram's "Thinking…" placeholder: a draft with empty text, unless a draft is shown already.</summary>
    internal Task ShowThinkingAsync(CancellationToken cancellationToken) => ShowAsync("", cancellationToken);

    public async Task ShowPartialAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Text follows the placeholder: an answer ready within one interval is sent once, complete.
        var trimmed = text.Trim();
        if (shownHtml is null || trimmed.Length == 0 || trimmed.Length > TelegramLimits.MessageLength
            || time.GetElapsedTime(shownAt) < interval)
        {
            return;
        }

        await ShowAsync(TelegramHtml.Escape(trimmed), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> FinishAsync(IReadOnlyList<string> html, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // No draft after this: sending the message ends the one shown.
            stopped = true;
        }
        finally
        {
            gate.Release();
        }

        var sent = await sender.SendAsync(chatId, isGroup: false, messageThreadId, replyToMessageId, html, cancellationToken).ConfigureAwait(false);
        return sent.Count;
    }

    public void Dispose() => gate.Dispose();

    private async Task ShowAsync(string html, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (stopped || html == shownHtml || (html.Length == 0 && shownHtml is not null))
            {
                return;
            }

            await client.SendMessageDraft(chatId, DraftId, html, ParseMode.Html, messageThreadId, cancellationToken: cancellationToken).ConfigureAwait(false);
            shownHtml = html;
            shownAt = time.GetTimestamp();
        }
        catch (ApiRequestException e)
        {
            if (e.ErrorCode == 404)
            {
                support.MarkUnavailable();
            }

            Log.StreamEditFailed(logger, chatId, e.Message);
            stopped = true;
        }
        catch (RequestException e)
        {
            Log.StreamEditFailed(logger, chatId, e.Message);
            stopped = true;
        }
        finally
        {
            gate.Release();
        }
    }
}

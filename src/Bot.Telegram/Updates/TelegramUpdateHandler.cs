using System.Collections.Concurrent;
using System.Globalization;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Telegram.Client;
using Bot.Telegram.Digest;
using Bot.Telegram.Hosting;
using Bot.Telegram.Limits;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Updates;

/// <summary>
/// Handles one update: decides whether the message is for the bot, and answers it. Returns
/// normally when the update is handled (answered, refused or deliberately ignored); throws
/// <see cref="OperationCanceledException"/> when stopped before that, so the update is redelivered.
/// </summary>
public sealed class TelegramUpdateHandler(
    ITelegramBotClient client,
    IAnswerer answerer,
    IArticleCatalog catalog,
    TelegramReplySender sender,
    QuestionRateLimiter questionLimiter,
    TelegramBotStatistics statistics,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger,
    DraftSupport drafts,
    ChannelDigest? digest = null)
{
    private readonly TelegramOptions settings = options?.Value ?? throw new ArgumentNullException(nameof(options));
    private readonly ConcurrentDictionary<long, bool> refusedChats = new();

    public async Task HandleAsync(Update update, User bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(bot);
        if (update.Message is not { } message)
        {
            Log.UpdateIgnored(logger, update.Id, 0, "not a new message");
            return;
        }

        var chatId = message.Chat?.Id ?? 0;
        var addressed = MessageAddressing.Classify(message, bot);
        if (addressed.Intent == MessageIntent.Ignore)
        {
            Log.UpdateIgnored(logger, update.Id, chatId, "not addressed to the bot");
            return;
        }

        var reply = new Reply(message, LanguageOf(message, addressed));
        try
        {
            if (settings.AllowedChatIds.Count > 0 && !settings.AllowedChatIds.Contains(chatId))
            {
                Log.ChatNotAllowed(logger, chatId);
                if (refusedChats.TryAdd(chatId, true))
                {
                    await SendTextAsync(reply, BotReplies.NotAllowed(reply.Language), cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            await (addressed.Intent switch
            {
                MessageIntent.Question => AnswerAsync(update, reply, addressed.Question, cancellationToken),
                MessageIntent.Start or MessageIntent.Help => SendAsync(reply, BotReplies.Help(catalog.Articles, bot.Username, reply.Language), cancellationToken),
                MessageIntent.Sources => SendAsync(reply, BotReplies.Sources(catalog.Articles, reply.Language), cancellationToken),
                MessageIntent.Stats => StatsAsync(reply, cancellationToken),
                MessageIntent.Digest => PostDigestAsync(reply, cancellationToken),
                MessageIntent.Summary => SummaryAsync(reply, cancellationToken),
                MessageIntent.EmptyQuestion => SendTextAsync(reply, BotReplies.EmptyQuestion(reply.Language, bot.Username), cancellationToken),
                MessageIntent.NonText => SendTextAsync(reply, BotReplies.NonText(reply.Language), cancellationToken),
                _ => SendTextAsync(reply, BotReplies.UnknownCommand(reply.Language), cancellationToken),
            }).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            // Blocked by the user or removed from the group: nothing more to say there.
            Log.SendRefused(logger, chatId, e.Message);
        }
    }

    private async Task AnswerAsync(Update update, Reply reply, string question, CancellationToken cancellationToken)
    {
        var userId = reply.Message.From?.Id ?? reply.ChatId;
        statistics.CountQuestion();
        if (question.Length > settings.MaxQuestionLength)
        {
            Log.QuestionTooLong(logger, userId, question.Length, settings.MaxQuestionLength);
            statistics.CountRefused();
            await SendTextAsync(reply, BotReplies.TooLong(reply.Language, settings.MaxQuestionLength), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (allowed, tellUser) = await questionLimiter.TryAskAsync(userId, cancellationToken).ConfigureAwait(false);
        if (!allowed)
        {
            Log.QuestionRateLimited(logger, userId, questionLimiter.Limit);
            statistics.CountRefused();
            if (tellUser)
            {
                await SendTextAsync(reply, BotReplies.RateLimited(reply.Language, questionLimiter.Limit), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        Log.QuestionReceived(logger, reply.ChatId, question);
        var asked = time.GetTimestamp();
        using var drafted = reply.IsPrivate && drafts.Available
            ? new DraftReply(client, sender, drafts, reply.ChatId, reply.ThreadId, reply.Message.Id, settings.DraftInterval, time, logger)
            : null;
        IReplyStream shown = drafted
            ?? (IReplyStream)new StreamedReply(sender, reply.ChatId, reply.IsGroup, reply.ThreadId, reply.Message.Id, settings.StreamEditInterval, time, logger);
        Answer? answer = null;
        using (var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var indicator = TypingIndicator.ShowAsync(client, reply.ChatId, reply.ThreadId, time, logger, typing.Token);
            var placeholder = shown.ShowPlaceholderAsync(typing.Token);
            try
            {
                var request = new AnswerRequest(question, $"tg:{reply.ChatId.ToString(CultureInfo.InvariantCulture)}");
                await foreach (var step in answerer.AnswerStreamingAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    if (step.Final is { } final)
                    {
                        answer = final;
                        break;
                    }

                    await shown.ShowPartialAsync(step.Text, cancellationToken).ConfigureAwait(false);
                }
            }
            // Telegram refusing the partial text (403 blocked…) is the caller's to handle, not a failed answer.
            catch (Exception e) when (e is not RequestException && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
            {
                Log.AnswerFailed(logger, e, update.Id, reply.ChatId);
            }
            finally
            {
                await typing.CancelAsync().ConfigureAwait(false);
                await indicator.ConfigureAwait(false);
                await placeholder.ConfigureAwait(false);
            }
        }

        if (answer is null)
        {
            await shown.FinishAsync([TelegramHtml.Escape(BotReplies.Failed(reply.Language))], cancellationToken).ConfigureAwait(false);
            return;
        }

        var parts = await shown.FinishAsync(TelegramAnswerRenderer.Render(answer), cancellationToken).ConfigureAwait(false);
        statistics.CountAnswered(answer.Engine, answer.Answered, time.GetElapsedTime(asked));
        Log.Answered(logger, update.Id, reply.ChatId, parts, answer.Citations.Count, answer.Answered);
    }

    /// <summary>/digest: an admin posts the channel digest now and hears how it went.</summary>
    private async Task PostDigestAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (!IsAdmin(reply))
        {
            if (!reply.IsGroup)
            {
                await SendTextAsync(reply, BotReplies.AdminOnly(reply.Language), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (digest is null)
        {
            await SendTextAsync(reply, BotReplies.UnknownCommand(reply.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await digest.PostAsync(cancellationToken).ConfigureAwait(false);
        var text = outcome.Error ?? (outcome.StoriesPosted == 0
            ? "Nothing new to post: every article is already in the channel."
            : string.Create(CultureInfo.InvariantCulture, $"Posted {outcome.StoriesPosted} story/stories in {outcome.MessagesSent} message(s)."));
        await SendTextAsync(reply, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>/summary: the digest of every story, as a reply in this chat; nothing goes to the channel.</summary>
    private async Task SummaryAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (digest is null)
        {
            await SendTextAsync(reply, BotReplies.UnknownCommand(reply.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        await digest.ReplyAsync(reply.ChatId, reply.IsGroup, reply.ThreadId, reply.Message.Id, cancellationToken).ConfigureAwait(false);
    }

    private bool IsAdmin(Reply reply) => reply.Message.From?.Id is { } id && settings.AdminUserIds.Contains(id);

    private Task StatsAsync(Reply reply, CancellationToken cancellationToken)
    {
        var userId = reply.Message.From?.Id;
        if (userId is null || !settings.AdminUserIds.Contains(userId.Value))
        {
            return reply.IsGroup ? Task.CompletedTask : SendTextAsync(reply, BotReplies.AdminOnly(reply.Language), cancellationToken);
        }

        var uptime = statistics.Uptime;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Up {(int)uptime.TotalHours}h {uptime.Minutes}m; questions {statistics.Questions}, answered {statistics.Answered}, refused {statistics.Refused}; articles {catalog.Articles.Count}.");
        return SendTextAsync(reply, text, cancellationToken);
    }

    private async Task SendTextAsync(Reply reply, string text, CancellationToken cancellationToken) =>
        await SendAsync(reply, [TelegramHtml.Escape(text)], cancellationToken).ConfigureAwait(false);

    private Task<IReadOnlyList<PostedMessage>> SendAsync(Reply reply, IReadOnlyList<string> html, CancellationToken cancellationToken) =>
        sender.SendAsync(reply.ChatId, reply.IsGroup, reply.ThreadId, reply.Message.Id, html, cancellationToken);

    private static ReplyLanguage LanguageOf(Message message, AddressedMessage addressed)
    {
        if (addressed.Intent == MessageIntent.Question)
        {
            switch (LanguageDetector.Detect(addressed.Question))
            {
                case TextLanguage.Indonesian:
                    return ReplyLanguage.Indonesian;
                case TextLanguage.English:
                    return ReplyLanguage.English;
            }
        }

        return message.From?.LanguageCode is { } code && code.StartsWith("id", StringComparison.OrdinalIgnoreCase)
            ? ReplyLanguage.Indonesian
            : ReplyLanguage.English;
    }

    /// <summary>Where and how to reply to one message.</summary>
    private sealed record Reply(Message Message, ReplyLanguage Language)
    {
        public long ChatId => Message.Chat.Id;

        public bool IsGroup => MessageAddressing.IsGroup(Message.Chat);

        public bool IsPrivate => Message.Chat.Type == ChatType.Private;

        /// <summary>Replies in a forum topic stay in that topic.</summary>
        public int? ThreadId => Message.IsTopicMessage ? Message.MessageThreadId : null;
    }
}

using Bot.Core;
using Bot.Core.Summaries;
using Bot.Telegram.Api;
using Bot.Telegram.Api.Types;
using Bot.Telegram.Conversation;
using Bot.Telegram.Hosting;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Digest;

/// <summary>
/// Story digests for Telegram: what the next channel digest holds, posting it to
/// Telegram:ChannelId exactly once per article, and the whole digest as a reply in any chat.
/// One channel post runs at a time, so a schedule and an admin's /digest never double up.
/// </summary>
public sealed class ChannelDigest(
    IKnowledgeBaseSource knowledge,
    DigestStateStore store,
    TelegramReplySender sender,
    IOptions<TelegramOptions> telegramOptions,
    IOptions<DigestOptions> digestOptions,
    ILogger<ChannelDigest> logger,
    IStorySummaryWriter writer) : IDisposable
{
    private readonly SemaphoreSlim posting = new(1, 1);

    private string? Channel => string.IsNullOrWhiteSpace(telegramOptions.Value.ChannelId) ? null : telegramOptions.Value.ChannelId.Trim();

    /// <summary>The stories the next channel post would carry (all stories when no channel is set).</summary>
    public async Task<IReadOnlyList<DigestPost>> PreviewAsync(CancellationToken cancellationToken)
    {
        var posted = Channel is { } channel
            ? await store.PostedAsync(channel, cancellationToken).ConfigureAwait(false)
            : new HashSet<string>(StringComparer.Ordinal);
        return Render(await DigestPlanner.PlanAsync(knowledge.Current, posted, writer, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Posts every story with unposted articles to the channel, recording each once Telegram confirmed it.</summary>
    public async Task<DigestOutcome> PostAsync(CancellationToken cancellationToken)
    {
        if (Channel is not { } channel)
        {
            return new DigestOutcome(0, 0, "Telegram:ChannelId is not set: set it to @channelusername or the channel's numeric id.");
        }

        await posting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var posts = await PreviewAsync(cancellationToken).ConfigureAwait(false);
            var stories = 0;
            var messages = 0;
            foreach (var post in posts)
            {
                IReadOnlyList<Message> sent;
                try
                {
                    sent = await sender.SendAsync(ChatId.Parse(channel), isGroup: true, null, null, post.Messages, cancellationToken).ConfigureAwait(false);
                }
                catch (TelegramApiException e) when (!e.IsTransient)
                {
                    var reason = e.ErrorCode == 403 || e.ErrorCode == 400
                        ? $"Telegram refused to post to {channel} ({e.ErrorCode}: {e.Description}). Check that the channel exists and the bot is an administrator allowed to post there."
                        : $"Telegram refused to post to {channel} ({e.ErrorCode}: {e.Description}).";
                    Log.DigestRefused(logger, channel, e.ErrorCode, e.Description);
                    await TellAdminsAsync(reason, cancellationToken).ConfigureAwait(false);
                    return new DigestOutcome(stories, messages, reason);
                }
                catch (Exception e) when (e is TelegramApiException or TelegramTransportException)
                {
                    Log.DigestFailed(logger, e, channel);
                    return new DigestOutcome(stories, messages, $"Posting to {channel} failed: {e.Message}. Nothing more was marked posted; the next run retries.");
                }

                await store.MarkPostedAsync(channel, post.Summary.Story.Id, post.Summary.ArticleIds, [.. sent.Select(m => m.MessageId)], cancellationToken).ConfigureAwait(false);
                stories++;
                messages += sent.Count;
                Log.DigestStoryPosted(logger, post.Summary.Story.Id, channel, sent.Count, post.Summary.Sources.Count, post.Summary.IsUpdate);
            }

            Log.DigestPosted(logger, channel, stories, messages);
            return new DigestOutcome(stories, messages, null);
        }
        finally
        {
            posting.Release();
        }
    }

    /// <summary>The whole digest (every story, posted or not) as the reply to a message; nothing is recorded.</summary>
    public async Task<int> ReplyAsync(ChatId chatId, bool isGroup, long? messageThreadId, long? replyToMessageId, CancellationToken cancellationToken)
    {
        var posts = Render(await DigestPlanner.PlanAsync(knowledge.Current, new HashSet<string>(StringComparer.Ordinal), writer, cancellationToken).ConfigureAwait(false));
        var replyTo = replyToMessageId;
        foreach (var post in posts)
        {
            await sender.SendAsync(chatId, isGroup, messageThreadId, replyTo, post.Messages, cancellationToken).ConfigureAwait(false);
            replyTo = null;
        }

        return posts.Count;
    }

    private List<DigestPost> Render(IReadOnlyList<StorySummary> summaries) =>
        [.. summaries.Select(s => new DigestPost(s, DigestRenderer.Render(s, DigestRenderer.LanguageFor(digestOptions.Value.Language, s))))];

    public void Dispose() => posting.Dispose();

    /// <summary>Admins hear of a refused post in their private chat with the bot; if that fails too, the log line stands.</summary>
    private async Task TellAdminsAsync(string reason, CancellationToken cancellationToken)
    {
        foreach (var admin in telegramOptions.Value.AdminUserIds)
        {
            try
            {
                await sender.SendAsync(admin, isGroup: false, null, null, [TelegramHtml.Escape("Digest not posted: " + reason)], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TelegramApiException or TelegramTransportException)
            {
                Log.DigestAdminNotReached(logger, admin, e.Message);
            }
        }
    }
}

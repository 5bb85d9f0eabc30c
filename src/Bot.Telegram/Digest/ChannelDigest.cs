using Bot.Core;
using Bot.Core.Summaries;
using Bot.State.Digests;
using Bot.Telegram.Client;
using Bot.Telegram.Hosting;
using Bot.Telegram.Metrics;
using Bot.Telegram.Rendering;
using Bot.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Digest;

/// <summary>
/// Story digests for Telegram: what the next channel digest holds, posting it to
/// Telegram:ChannelId exactly once per article, and the whole digest as a reply in any chat.
/// A story is recorded as posted once any of its messages may have gone out (confirmed, or
/// delivered, unconfirmed), so it is never posted twice; the run stops at the first message that
/// fails or is unconfirmed, and admins are told. One channel post runs at a time, so a schedule
/// and an admin's /digest never double up; with several replicas, <see cref="IDigestPostLock"/> makes
/// it one at a time across them. Each story is claimed in the store before its first message goes
/// out, so a crash mid-post leaves it delivered, unconfirmed, never posted twice.
/// </summary>
public sealed class ChannelDigest(
    IKnowledgeBaseSource knowledge,
    IDigestPostStore store,
    TelegramReplySender sender,
    IOptions<TelegramOptions> telegramOptions,
    IOptions<DigestOptions> digestOptions,
    ILogger<ChannelDigest> logger,
    IStorySummaryWriter writer,
    IDigestPostLock? postLock = null,
    TelegramMetrics? metrics = null) : IDisposable
{
    private readonly SemaphoreSlim posting = new(1, 1);

    private string? Channel => string.IsNullOrWhiteSpace(telegramOptions.Value.ChannelId) ? null : telegramOptions.Value.ChannelId.Trim();

    /// <summary>The stories the next channel post would carry (all stories when no channel is set).</summary>
    public async Task<IReadOnlyList<DigestPost>> PreviewAsync(CancellationToken cancellationToken)
    {
        var posted = Channel is { } channel
            ? await store.PostedArticlesAsync(channel, cancellationToken).ConfigureAwait(false)
            : new HashSet<string>(StringComparer.Ordinal);
        return Render(await DigestPlanner.PlanAsync(knowledge.Current, posted, writer, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Posts every story with unposted articles to the channel, recording each once it may have gone out.</summary>
    public async Task<DigestOutcome> PostAsync(CancellationToken cancellationToken)
    {
        if (Channel is not { } channel)
        {
            return new DigestOutcome(0, 0, "Telegram:ChannelId is not set: set it to @channelusername or the channel's numeric id.");
        }

        await posting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var held = postLock is null ? null : await postLock.TryAcquireAsync(channel, cancellationToken).ConfigureAwait(false);
            if (postLock is not null && held is null)
            {
                Log.DigestBusyElsewhere(logger, channel);
                return new DigestOutcome(0, 0, $"Another replica is posting the digest to {channel} right now; its stories go out once, from there.");
            }

            var posts = await PreviewAsync(cancellationToken).ConfigureAwait(false);
            var stories = 0;
            var messages = 0;
            foreach (var post in posts)
            {
                var sent = new List<PostedMessage>();
                string? error = null;

                // The claim: from here a crash leaves the story delivered, unconfirmed.
                await store.MarkPostedAsync(channel, post.Summary.Story.Id, post.Summary.ArticleIds, [null], cancellationToken).ConfigureAwait(false);
                try
                {
                    await SendStoryAsync(ChannelAddress.Parse(channel), post, sent, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiRequestException e) when (e.IsPermanent())
                {
                    error = e.ErrorCode is 400 or 403
                        ? $"Telegram refused to post to {channel} ({e.ErrorCode}: {e.Message}). Check that the channel exists and the bot is an administrator allowed to post there."
                        : $"Telegram refused to post to {channel} ({e.ErrorCode}: {e.Message}).";
                    Log.DigestRefused(logger, channel, e.ErrorCode, e.Message);
                }
                catch (RequestException e)
                {
                    Log.DigestFailed(logger, e, channel);
                    error = $"Posting to {channel} failed: {ApiErrors.Describe(e)}.";
                }

                if (sent.Count > 0)
                {
                    // Whatever may have gone out is recorded, so no later run posts it again.
                    await store.MarkPostedAsync(channel, post.Summary.Story.Id, post.Summary.ArticleIds, [.. sent.Select(m => (long?)m.MessageId)], cancellationToken).ConfigureAwait(false);
                    stories++;
                    messages += sent.Count;
                }
                else
                {
                    // Nothing went out (the failure proves it): the next run posts the story.
                    await store.ForgetAsync(channel, post.Summary.ArticleIds, CancellationToken.None).ConfigureAwait(false);
                }

                metrics?.CountDigestStory(sent.Count == 0 ? "failed" : sent.Any(m => !m.Confirmed) ? "unconfirmed" : error is null ? "posted" : "failed");
                if (sent.FirstOrDefault(m => !m.Confirmed) is { } unconfirmed)
                {
                    Log.DigestUnconfirmed(logger, post.Summary.Story.Id, channel, unconfirmed.UnconfirmedReason ?? "");
                    error = $"Telegram may have posted the story \"{post.Summary.Headline}\" to {channel}, but its answer could not be read ({unconfirmed.UnconfirmedReason}). "
                        + "The story is marked posted (message id unknown) and will not be sent again: check the channel. The next run goes on with the stories after it.";
                }
                else if (error is not null)
                {
                    error += sent.Count == 0
                        ? " Nothing was marked posted; the next run retries."
                        : " The story's first messages went out and are recorded, so it is not posted again.";
                }

                if (error is not null)
                {
                    await TellAdminsAsync(error, cancellationToken).ConfigureAwait(false);
                    return new DigestOutcome(stories, messages, error);
                }

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
    public async Task<int> ReplyAsync(ChatId chatId, bool isGroup, int? messageThreadId, int? replyToMessageId, CancellationToken cancellationToken)
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

    public void Dispose() => posting.Dispose();

    /// <summary>Sends a story's messages in order, stopping after one whose delivery is unconfirmed.</summary>
    private async Task SendStoryAsync(ChatId channel, DigestPost post, List<PostedMessage> sent, CancellationToken cancellationToken)
    {
        foreach (var part in post.Messages)
        {
            var posted = (await sender.SendAsync(channel, isGroup: true, null, null, [part], cancellationToken).ConfigureAwait(false))[0];
            sent.Add(posted);
            channel = posted.Chat;
            if (!posted.Confirmed)
            {
                return;
            }
        }
    }

    private List<DigestPost> Render(IReadOnlyList<StorySummary> summaries) =>
        [.. summaries.Select(s => new DigestPost(s, DigestRenderer.Render(s, DigestRenderer.LanguageFor(digestOptions.Value.Language, s))))];

    /// <summary>
    /// Admins hear of a failed or unconfirmed post in their private chat with the bot, all at once and
    /// within <see cref="TelegramLimits.NoticeTimeout"/>; if that fails too, the log line stands.
    /// </summary>
    private async Task TellAdminsAsync(string reason, CancellationToken cancellationToken)
    {
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(TelegramLimits.NoticeTimeout);
        var text = TelegramHtml.Escape("Digest: " + reason);
        await Task.WhenAll(telegramOptions.Value.AdminUserIds.Select(async admin =>
        {
            try
            {
                await sender.SendAsync(admin, isGroup: false, null, null, [text], window.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RequestException or OperationCanceledException)
            {
                Log.DigestAdminNotReached(logger, admin, e.Message);
            }
        })).ConfigureAwait(false);
    }
}

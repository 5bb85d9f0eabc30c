using System.Data.Common;
using System.Globalization;
using Bot.State.Limits;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Limits;

/// <summary>
/// Keeps outgoing messages within Telegram's limits before Telegram has to say 429: about one
/// message a second per chat, 20 a minute per group, 30 a second overall (all configurable).
/// With shared buckets (replicas on PostgreSQL) the waits are taken from the bot's one budget in
/// the database, so N replicas send no faster than one; if the database cannot be reached the
/// process falls back to its own buckets rather than stop answering.
/// </summary>
public sealed class OutgoingMessageLimiter
{
    private readonly TimeProvider time;
    private readonly TelegramOptions options;
    private readonly Lock gate = new();
    private readonly TokenBucket overall;
    private readonly Dictionary<long, TokenBucket> chats = [];
    private readonly Dictionary<long, TokenBucket> groups = [];
    private readonly long started;
    private readonly ISharedRateBuckets? shared;

    public OutgoingMessageLimiter(IOptions<TelegramOptions> options, TimeProvider time, ISharedRateBuckets? shared = null)
    {
        this.shared = shared;
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.time = time ?? TimeProvider.System;
        started = this.time.GetTimestamp();
        overall = new TokenBucket(this.options.MessagesPerSecond, 1);
    }

    /// <summary>How long to wait before sending one message to the chat; the slot is taken at once.</summary>
    public TimeSpan Reserve(long chatId, bool isGroup)
    {
        lock (gate)
        {
            var now = time.GetElapsedTime(started);
            Forget(now);
            var wait = overall.Reserve(now);
            wait = Max(wait, Bucket(chats, chatId, options.MessagesPerSecondPerChat).Reserve(now));
            if (isGroup)
            {
                wait = Max(wait, Bucket(groups, chatId, options.MessagesPerMinutePerGroup / 60).Reserve(now));
            }

            return wait;
        }
    }

    /// <summary>
    /// Takes a slot only when one is free now: for messages that may be skipped, such as the
    /// intermediate edits of a streamed answer, so they never delay the messages that matter.
    /// </summary>
    public bool TryReserve(long chatId, bool isGroup)
    {
        lock (gate)
        {
            var now = time.GetElapsedTime(started);
            Forget(now);
            var chat = Bucket(chats, chatId, options.MessagesPerSecondPerChat);
            var group = isGroup ? Bucket(groups, chatId, options.MessagesPerMinutePerGroup / 60) : null;
            if (!overall.HasToken(now) || !chat.HasToken(now) || (group is not null && !group.HasToken(now)))
            {
                return false;
            }

            overall.Reserve(now);
            chat.Reserve(now);
            group?.Reserve(now);
            return true;
        }
    }

    /// <summary><see cref="TryReserve"/> against the shared budget when there is one.</summary>
    public async Task<bool> TryReserveAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        if (shared is not null)
        {
            try
            {
                return await shared.ReserveAsync(SharedBuckets(chatId, isGroup), onlyIfFree: true, cancellationToken).ConfigureAwait(false) is not null;
            }
            catch (DbException)
            {
                // The database is away: this process's own buckets still keep it within the limits.
            }
        }

        return TryReserve(chatId, isGroup);
    }

    public async Task WaitAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        var wait = await ReserveSharedAsync(chatId, isGroup, cancellationToken).ConfigureAwait(false) ?? Reserve(chatId, isGroup);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TimeSpan?> ReserveSharedAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        if (shared is null)
        {
            return null;
        }

        try
        {
            return await shared.ReserveAsync(SharedBuckets(chatId, isGroup), onlyIfFree: false, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            return null;
        }
    }

    /// <summary>The same three buckets as in memory, named for the database.</summary>
    private List<RateBucket> SharedBuckets(long chatId, bool isGroup)
    {
        var buckets = new List<RateBucket>(3)
        {
            new("send:all", options.MessagesPerSecond, 1),
            new(string.Create(CultureInfo.InvariantCulture, $"send:chat:{chatId}"), options.MessagesPerSecondPerChat, 1),
        };
        if (isGroup)
        {
            buckets.Add(new(string.Create(CultureInfo.InvariantCulture, $"send:group:{chatId}"), options.MessagesPerMinutePerGroup / 60, 1));
        }

        return buckets;
    }

    private static TokenBucket Bucket(Dictionary<long, TokenBucket> buckets, long chatId, double perSecond)
    {
        if (!buckets.TryGetValue(chatId, out var bucket))
        {
            bucket = new TokenBucket(perSecond, 1);
            buckets[chatId] = bucket;
        }

        return bucket;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Drops full buckets so that memory follows active chats, not every chat ever seen.</summary>
    private void Forget(TimeSpan now)
    {
        if (chats.Count + groups.Count < 1_000)
        {
            return;
        }

        foreach (var id in chats.Where(p => p.Value.IsIdle(now)).Select(p => p.Key).ToList())
        {
            chats.Remove(id);
        }

        foreach (var id in groups.Where(p => p.Value.IsIdle(now)).Select(p => p.Key).ToList())
        {
            groups.Remove(id);
        }
    }
}

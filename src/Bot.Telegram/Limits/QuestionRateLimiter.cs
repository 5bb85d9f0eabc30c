using System.Data.Common;
using System.Globalization;
using Bot.State.Limits;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Limits;

/// <summary>
/// Telegram:MaxQuestionsPerMinute per user over a sliding minute. Only the first refused
/// question of a burst is told so; the rest get silence, so the refusal itself cannot flood a chat.
/// With shared buckets (replicas on PostgreSQL) the limit holds across replicas: a token bucket of
/// the same size refilling over the same minute, in the database.
/// </summary>
public sealed class QuestionRateLimiter(IOptions<TelegramOptions> options, TimeProvider time, ISharedRateBuckets? shared = null)
{
    private readonly int limit = options?.Value.MaxQuestionsPerMinute ?? throw new ArgumentNullException(nameof(options));
    private readonly Lock gate = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> asked = [];
    private readonly Dictionary<long, DateTimeOffset> told = [];

    public int Limit => limit;

    /// <summary><see cref="TryAsk"/> against the shared buckets when there are any (this process's own when the database is away).</summary>
    public async Task<(bool Allowed, bool TellUser)> TryAskAsync(long userId, CancellationToken cancellationToken)
    {
        if (shared is null)
        {
            return TryAsk(userId);
        }

        var window = TelegramLimits.QuestionWindow.TotalSeconds;
        try
        {
            var user = userId.ToString(CultureInfo.InvariantCulture);
            if (await shared.ReserveAsync([new RateBucket("ask:" + user, limit / window, limit)], onlyIfFree: true, cancellationToken).ConfigureAwait(false) is not null)
            {
                return (true, false);
            }

            var tell = await shared.ReserveAsync([new RateBucket("ask-told:" + user, 1 / window, 1)], onlyIfFree: true, cancellationToken).ConfigureAwait(false) is not null;
            return (false, tell);
        }
        catch (DbException)
        {
            return TryAsk(userId);
        }
    }

    /// <summary>Counts a question; returns whether it may be answered and whether to tell the user it may not.</summary>
    public (bool Allowed, bool TellUser) TryAsk(long userId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!asked.TryGetValue(userId, out var times))
            {
                times = new Queue<DateTimeOffset>();
                asked[userId] = times;
            }

            while (times.Count > 0 && now - times.Peek() >= TelegramLimits.QuestionWindow)
            {
                times.Dequeue();
            }

            if (times.Count < limit)
            {
                times.Enqueue(now);
                told.Remove(userId);
                return (true, false);
            }

            var tell = !told.TryGetValue(userId, out var last) || now - last >= TelegramLimits.QuestionWindow;
            if (tell)
            {
                told[userId] = now;
            }

            return (false, tell);
        }
    }
}

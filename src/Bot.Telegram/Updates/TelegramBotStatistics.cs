using Bot.Telegram.Metrics;

namespace Bot.Telegram.Updates;

/// <summary>Counters since start-up, for the admin /stats command, and the same counts on /metrics when there is a meter.</summary>
public sealed class TelegramBotStatistics(TimeProvider time, TelegramMetrics? metrics = null)
{
    private readonly DateTimeOffset started = time.GetUtcNow();
    private long questions;
    private long answered;
    private long refused;

    public TimeSpan Uptime => time.GetUtcNow() - started;

    public long Questions => Interlocked.Read(ref questions);

    public long Answered => Interlocked.Read(ref answered);

    public long Refused => Interlocked.Read(ref refused);

    internal void CountQuestion()
    {
        Interlocked.Increment(ref questions);
        metrics?.CountQuestion();
    }

    internal void CountAnswered(string engine, bool answeredFromArticles, TimeSpan elapsed)
    {
        Interlocked.Increment(ref answered);
        metrics?.RecordAnswer(engine, answeredFromArticles, elapsed);
    }

    internal void CountRefused() => Interlocked.Increment(ref refused);
}

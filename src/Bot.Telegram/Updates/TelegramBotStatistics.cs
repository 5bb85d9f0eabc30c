namespace Bot.Telegram.Updates;

/// <summary>Counters since start-up, for the admin /stats command.</summary>
public sealed class TelegramBotStatistics(TimeProvider time)
{
    private readonly DateTimeOffset started = time.GetUtcNow();
    private long questions;
    private long answered;
    private long refused;

    public TimeSpan Uptime => time.GetUtcNow() - started;

    public long Questions => Interlocked.Read(ref questions);

    public long Answered => Interlocked.Read(ref answered);

    public long Refused => Interlocked.Read(ref refused);

    internal void CountQuestion() => Interlocked.Increment(ref questions);

    internal void CountAnswered() => Interlocked.Increment(ref answered);

    internal void CountRefused() => Interlocked.Increment(ref refused);
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Bot.Telegram.Metrics;

/// <summary>
/// The bot's instruments on the ArticleBot meter (exported at /metrics): questions, answers
/// (answered or abstained) and their latency per engine, Bot API errors by method and code,
/// retries, and digest stories posted. No label ever holds a token, a question or a chat id.
/// </summary>
public sealed class TelegramMetrics
{
    /// <summary>Latency buckets, in seconds: from an extractive answer (milliseconds) to a slow chat model.</summary>
    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> questions;
    private readonly Counter<long> answers;
    private readonly Histogram<double> latency;
    private readonly Counter<long> apiErrors;
    private readonly Counter<long> retries;
    private readonly Counter<long> digestStories;

    public TelegramMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var m = meter.Meter;
        questions = m.CreateCounter<long>("bot_questions", "{question}", "Questions received (refused ones included).");
        answers = m.CreateCounter<long>("bot_answers", "{answer}", "Answers sent, by engine and whether the articles held the answer (answered=false: abstained).");
        latency = m.CreateHistogram<double>("bot_answer_duration", "s", "Time from a question to its final answer, by engine.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        apiErrors = m.CreateCounter<long>("bot_telegram_api_errors", "{error}", "Failed Bot API attempts by method and code (the HTTP error code, or 'network' when no answer came).");
        retries = m.CreateCounter<long>("bot_telegram_retries", "{retry}", "Bot API requests tried again by the retry policy, by method.");
        digestStories = m.CreateCounter<long>("bot_digest_posts", "{story}", "Digest stories posted to the channel, by result (posted, unconfirmed, failed).");
    }

    public void CountQuestion() => questions.Add(1);

    public void RecordAnswer(string engine, bool answered, TimeSpan elapsed)
    {
        var tags = new TagList { { "engine", engine }, { "answered", answered ? "true" : "false" } };
        answers.Add(1, tags);
        latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("engine", engine));
    }

    public void CountApiError(string method, int? code) =>
        apiErrors.Add(1, new TagList { { "method", method }, { "code", code is { } c and > 0 ? c.ToString(CultureInfo.InvariantCulture) : "network" } });

    public void CountRetry(string method) => retries.Add(1, new KeyValuePair<string, object?>("method", method));

    public void CountDigestStory(string result) => digestStories.Add(1, new KeyValuePair<string, object?>("result", result));
}

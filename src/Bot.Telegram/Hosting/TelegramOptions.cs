using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram.Hosting;

/// <summary>Configuration section "Telegram". Every key is described in the README's Telegram section.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>Telegram's own Bot API server.</summary>
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token from @BotFather. Never logged.</summary>
    [Required(ErrorMessage = "Telegram:BotToken is required: set it in appsettings.json, the Telegram__BotToken environment variable, user secrets or --Telegram:BotToken=.")]
    [RegularExpression(@"^[0-9]{1,16}:[^\s/?#]+$", ErrorMessage = "Telegram:BotToken must look like 123456789:AAH… (the bot's id, a colon, the secret), without spaces, '/', '?' or '#'.")]
    public string BotToken { get; set; } = "";

    /// <summary>The Bot API server (scheme, host and port only); requests go to {ApiBaseUrl}/bot{token}/{method}.</summary>
    [Required(ErrorMessage = "Telegram:ApiBaseUrl is required.")]
    public Uri ApiBaseUrl { get; set; } = new(DefaultApiBaseUrl);

    /// <summary>Chats the bot serves; empty serves everyone.</summary>
    public IList<long> AllowedChatIds { get; } = new List<long>();

    /// <summary>Users allowed to run admin commands such as /stats.</summary>
    public IList<long> AdminUserIds { get; } = new List<long>();

    [Range(1, 10_000, ErrorMessage = "Telegram:MaxQuestionsPerMinute must be between 1 and 10000.")]
    public int MaxQuestionsPerMinute { get; set; } = 10;

    /// <summary>
    /// Questions longer than this (in characters) get a polite refusal. Not a Telegram key: it is
    /// <c>Questions:MaxLength</c>, shared with console and ask, copied here when the options are built.
    /// </summary>
    internal int MaxQuestionLength { get; set; } = Core.QuestionOptions.DefaultMaxLength;

    /// <summary>The channel digests go to: "@username" or a numeric id such as -1001234567890.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Long-polling timeout of getUpdates; 0 is short polling, for tests only.</summary>
    [Range(0, 600, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 600.")]
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>How many chats are answered at the same time; each chat is answered in order.</summary>
    [Range(1, 1_000, ErrorMessage = "Telegram:MaxConcurrentChats must be between 1 and 1000.")]
    public int MaxConcurrentChats { get; set; } = 8;

    /// <summary>How long one Bot API request may take (on top of the long-polling timeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Telegram:RequestTimeout must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times one request may be attempted in all (first try included) when its failures
    /// prove nothing happened (refused connection, 429, 5xx). Typing, drafts and the command menu get one.
    /// </summary>
    [Range(1, 20, ErrorMessage = "Telegram:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The most time one request may take over all its attempts and waits; past it the request fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Telegram:RetryBudget must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First backoff after a network error or 5xx; doubles with jitter up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Telegram:RetryBaseDelay must be between 00:00:00 and 00:10:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, and between polls while getUpdates keeps failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Telegram:RetryMaxDelay must be between 00:00:00 and 01:00:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// On shutdown, how long answers already under way may take to finish before they are
    /// abandoned (and their updates delivered again at the next start). Keep it below the host's shutdown timeout (30 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Telegram:ShutdownGracePeriod must be between 00:00:00 and 00:05:00.")]
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Outgoing messages per second to one chat (Telegram: about 1).</summary>
    [Range(0.01, 1_000, ErrorMessage = "Telegram:MessagesPerSecondPerChat must be between 0.01 and 1000.")]
    public double MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>Outgoing messages per minute to one group (Telegram: 20).</summary>
    [Range(0.01, 60_000, ErrorMessage = "Telegram:MessagesPerMinutePerGroup must be between 0.01 and 60000.")]
    public double MessagesPerMinutePerGroup { get; set; } = 20;

    /// <summary>
    /// In groups, a chat-model answer still being written after this long is shown in the reply and edited as
    /// it grows, at most once per this interval per chat (Telegram allows about one message a second
    /// per chat); the final edit adds the sources.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Telegram:StreamEditInterval must be between 00:00:00.010 and 00:01:00.")]
    public TimeSpan StreamEditInterval { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// In private chats an answer is streamed as a draft (sendMessageDraft): Telegram's "Thinking…"
    /// placeholder when it is not ready after this long, then the text so far, at most once per interval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Telegram:DraftInterval must be between 00:00:00.010 and 00:01:00.")]
    public TimeSpan DraftInterval { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Outgoing messages per second over all chats (Telegram: about 30).</summary>
    [Range(0.01, 10_000, ErrorMessage = "Telegram:MessagesPerSecond must be between 0.01 and 10000.")]
    public double MessagesPerSecond { get; set; } = 30;
}

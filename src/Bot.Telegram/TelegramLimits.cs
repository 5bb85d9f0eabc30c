using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>Limits and intervals of the Bot API and of this bot, each in one place.</summary>
internal static class TelegramLimits
{
    /// <summary>sendMessage/editMessageText accept 1–4096 characters of text after entity parsing.</summary>
    public const int MessageLength = 4096;

    /// <summary>Telegram shows "typing…" for about 5 s; refreshing a little earlier keeps it steady.</summary>
    public static readonly TimeSpan TypingRefresh = TimeSpan.FromSeconds(4);

    /// <summary>While answers are running and no new updates came, poll at most this often (unconfirmed updates return at once).</summary>
    public static readonly TimeSpan BusyPollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>The window of Telegram:MaxQuestionsPerMinute.</summary>
    public static readonly TimeSpan QuestionWindow = TimeSpan.FromMinutes(1);

    /// <summary>A cosmetic call (setMyCommands at start-up) gives up after this long.</summary>
    public static readonly TimeSpan CosmeticTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Telling admins of a failed digest, all of them at once, takes at most this long.</summary>
    public static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Update kinds the bot asks for; edits, channel posts and callbacks need no answer.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message];
}

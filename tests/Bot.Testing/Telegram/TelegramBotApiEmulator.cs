using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Telegram;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 (port 0) that behaves as the documentation
/// specifies for the methods a bot uses: getUpdates long polling with offset confirmation,
/// update and message ids, sendMessage/editMessageText with HTML validation and the 4,096
/// limit, 409 while a webhook is set or another poller waits, chats a bot cannot write to.
/// Tests play the users (<see cref="SendText"/>), read what the bot sent
/// (<see cref="SentMessages"/>, <see cref="WaitForSentAsync"/>) and inject faults (<see cref="InjectFault"/>).
/// </summary>
public sealed partial class TelegramBotApiEmulator : IAsyncDisposable
{
    /// <summary>A token in Telegram's shape; tests search logs for it.</summary>
    public const string DefaultToken = "7012345678:AAH-emulated_Secret-Token_0123456789ab";

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly WebApplication app;
    private readonly List<JsonObject> queue = [];
    private readonly List<SentMessage> sent = [];
    private readonly List<SentDraft> drafts = [];
    private readonly Dictionary<long, SentDraft> currentDrafts = [];
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(long ChatId, string Action)> chatActions = [];
    private readonly Dictionary<long, EmulatedChat> chats = [];
    private readonly Dictionary<long, long> nextMessageId = [];
    private readonly Dictionary<(long ChatId, long MessageId), JsonObject> messages = [];
    private readonly Dictionary<string, Queue<EmulatorFault>> faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> blockedBy = [];
    private readonly HashSet<long> channelsWithoutBot = [];
    private readonly Dictionary<long, long> migratedTo = [];
    private readonly Dictionary<long, long> lastSendTimestamp = [];
    private long nextUpdateId = 700_000_001;
    private long nextUserId = 100_001;
    private long nextGroupId = 4_001;
    private long confirmedBelow;
    private int pollCount;
    private TaskCompletionSource changed = NewSignal();
    private TaskCompletionSource<bool>? activePoll;

    private TelegramBotApiEmulator(WebApplication app, string token, EmulatedUser bot)
    {
        this.app = app;
        Token = token;
        Bot = bot;
    }

    /// <summary>Base URL for Telegram:ApiBaseUrl; requests go to {BaseUrl}/bot{Token}/{method}.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string Token { get; }

    /// <summary>The URL of one method: {BaseUrl}bot{Token}/{method}.</summary>
    public Uri MethodUri(string method) => new($"{BaseUrl.AbsoluteUri.TrimEnd('/')}/bot{Token}/{method}");

    /// <summary>The bot's own user, as getMe returns it.</summary>
    public EmulatedUser Bot { get; }

    /// <summary>Privacy mode (Telegram's default): in groups the bot receives only commands, mentions and replies to it.</summary>
    public bool PrivacyMode { get; set; } = true;

    /// <summary>
    /// Flood control: when set, a message to a chat sooner than this after the previous one
    /// answers 429 with retry_after, as Telegram does beyond about one message a second per chat.
    /// </summary>
    public TimeSpan? MinSendIntervalPerChat { get; set; }

    /// <summary>The webhook URL, or null; getUpdates answers 409 while one is set.</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>The command menu last set with setMyCommands.</summary>
    public JsonArray? Commands { get; private set; }

    public IReadOnlyList<string> AllowedUpdates { get; private set; } = [];

    public static async Task<TelegramBotApiEmulator> StartAsync(string token = DefaultToken, string botUsername = "ArticleEmuBot")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var botId = long.Parse(token.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        var emulator = new TelegramBotApiEmulator(app, token, new EmulatedUser(botId, true, "Article Bot", botUsername, null));
        app.Run(emulator.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            activePoll?.TrySetResult(false);
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        if (deliveryLoop is not null)
        {
            await deliveryLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        webhookClient?.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        stopping.Dispose();
    }

    // ---- People and chats ----

    public EmulatedUser CreateUser(string firstName, string? username = null, string? languageCode = "en")
    {
        lock (gate)
        {
            return new EmulatedUser(nextUserId++, false, firstName, username, languageCode);
        }
    }

    public EmulatedChat PrivateChatWith(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Register(new EmulatedChat(user.Id, "private", user.FirstName, user.Username));
    }

    public EmulatedChat CreateGroup(string title)
    {
        lock (gate)
        {
            return Register(new EmulatedChat(-nextGroupId++, "group", title, null));
        }
    }

    public EmulatedChat CreateSupergroup(string title, string? username = null, bool isForum = false)
    {
        lock (gate)
        {
            return Register(new EmulatedChat(-1_000_000_000_000 - nextGroupId++, "supergroup", title, username, isForum));
        }
    }

    /// <summary>A channel; a bot that is not one of its administrators gets 403 when posting.</summary>
    public EmulatedChat CreateChannel(string title, string? username, bool botIsMember = true)
    {
        lock (gate)
        {
            var channel = Register(new EmulatedChat(-1_000_000_000_000 - nextGroupId++, "channel", title, username));
            if (!botIsMember)
            {
                channelsWithoutBot.Add(channel.Id);
            }

            return channel;
        }
    }

    /// <summary>The user blocks the bot: sends to their private chat answer 403.</summary>
    public void BlockBot(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (gate)
        {
            blockedBy.Add(user.Id);
        }
    }

    /// <summary>Upgrades a group to a supergroup: sends to the old id answer 400 with migrate_to_chat_id.</summary>
    public EmulatedChat MigrateToSupergroup(EmulatedChat group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var supergroup = CreateSupergroup(group.Title ?? "group");
        lock (gate)
        {
            migratedTo[group.Id] = supergroup.Id;
        }

        return supergroup;
    }

    // ---- What users do ----

    /// <summary>
    /// A user sends a text message; Telegram computes its entities (commands, mentions) in UTF-16
    /// units. In groups with <see cref="PrivacyMode"/> on, only messages addressed to the bot are delivered.
    /// </summary>
    public IncomingMessage SendText(EmulatedChat chat, EmulatedUser from, string text, long? replyToMessageId = null, long? messageThreadId = null) =>
        SendMessage(chat, from, text, EntityScanner.Scan(text), replyToMessageId, messageThreadId, null);

    /// <summary>A user sends a text with the entities given (e.g. a text_mention of the bot).</summary>
    public IncomingMessage SendText(EmulatedChat chat, EmulatedUser from, string text, IReadOnlyList<EmulatedEntity> entities) =>
        SendMessage(chat, from, text, entities, null, null, null);

    /// <summary>A user sends a sticker (a message without text).</summary>
    public IncomingMessage SendSticker(EmulatedChat chat, EmulatedUser from) =>
        SendMessage(chat, from, null, [], null, null, new JsonObject { ["file_id"] = "CAACAgIAAxkBAAEStickerFileId", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["type"] = "regular" });

    /// <summary>Queues an arbitrary update (its update_id is assigned), e.g. a payload the bot must survive.</summary>
    public long EnqueueRawUpdate(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (gate)
        {
            var updateId = nextUpdateId++;
            update["update_id"] = updateId;
            queue.Add(update);
            Pulse();
            return updateId;
        }
    }

    // ---- What the bot did ----

    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    /// <summary>Every draft the bot streamed, in order.</summary>
    public IReadOnlyList<SentDraft> Drafts
    {
        get
        {
            lock (gate)
            {
                return [.. drafts];
            }
        }
    }

    /// <summary>
    /// The draft a private chat shows now, or null: a draft is an ephemeral preview that disappears
    /// when the bot sends a message to the chat (or after about 30 seconds).
    /// </summary>
    public SentDraft? CurrentDraft(long chatId)
    {
        lock (gate)
        {
            return currentDrafts.GetValueOrDefault(chatId);
        }
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public IReadOnlyList<(long ChatId, string Action)> ChatActions
    {
        get
        {
            lock (gate)
            {
                return [.. chatActions];
            }
        }
    }

    /// <summary>The last getUpdates offset: every update below it has been confirmed and is gone.</summary>
    public long ConfirmedBelow
    {
        get
        {
            lock (gate)
            {
                return confirmedBelow;
            }
        }
    }

    /// <summary>Updates not yet confirmed.</summary>
    public int PendingUpdateCount
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>How many getUpdates requests were answered or are waiting.</summary>
    public int PollCount
    {
        get
        {
            lock (gate)
            {
                return pollCount;
            }
        }
    }

    public IReadOnlyList<SentMessage> SentTo(long chatId) => SentMessages.Where(m => m.ChatId == chatId).ToList();

    /// <summary>Messages the bot sent in reply to the given message.</summary>
    public IReadOnlyList<SentMessage> RepliesTo(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SentMessages.Where(m => m.ChatId == message.Chat.Id && m.ReplyToMessageId == message.MessageId).ToList();
    }

    /// <summary>Waits until the condition over the sent messages holds; throws TimeoutException with what was sent otherwise.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForSentAsync(Func<IReadOnlyList<SentMessage>, bool> condition, TimeSpan? timeout = null) =>
        WaitForAsync(() => SentMessages, condition, timeout, "sent messages");

    /// <summary>Waits until every update up to and including <paramref name="updateId"/> is confirmed by the bot.</summary>
    public Task WaitForConfirmationAsync(long updateId, TimeSpan? timeout = null) =>
        WaitForAsync(() => ConfirmedBelow, below => below > updateId, timeout, "confirmed offset");

    /// <summary>Waits until the bot has made at least <paramref name="count"/> getUpdates requests.</summary>
    public Task WaitForPollsAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(() => PollCount, polls => polls >= count, timeout, "getUpdates count");

    /// <summary>Waits until the condition over the emulator holds.</summary>
    public async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> condition, TimeSpan? timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(condition);
        using var expiry = new CancellationTokenSource(timeout ?? DefaultWait);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                signal = changed.Task;
            }

            var value = read();
            if (condition(value))
            {
                return value;
            }

            try
            {
                await signal.WaitAsync(expiry.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                var summary = string.Join(" | ", SentMessages.Select(m => $"{m.ChatId}#{m.MessageId}: {m.Text}"));
                throw new TimeoutException($"Timed out waiting for {what}; last value {value}. Sent so far: {summary}");
            }
        }
    }

    // ---- Faults ----

    /// <summary>The next <paramref name="times"/> requests of <paramref name="method"/> ("*" for any method) meet the fault.</summary>
    public void InjectFault(string method, EmulatorFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (gate)
        {
            if (!faults.TryGetValue(method, out var pending))
            {
                pending = new Queue<EmulatorFault>();
                faults[method] = pending;
            }

            for (var i = 0; i < times; i++)
            {
                pending.Enqueue(fault);
            }
        }
    }

    /// <summary>Faults injected but not yet met.</summary>
    public int PendingFaultCount
    {
        get
        {
            lock (gate)
            {
                return faults.Values.Sum(q => q.Count);
            }
        }
    }

    /// <summary>
    /// As Telegram does after a week without updates: the ids of the next updates start over at
    /// <paramref name="next"/> (Telegram picks it at random), usually below what was confirmed before.
    /// An offset above the new ids confirms them unseen.
    /// </summary>
    public void RestartUpdateIds(long next = 1)
    {
        lock (gate)
        {
            nextUpdateId = next;
            confirmedBelow = next;
        }
    }

    /// <summary>As if setWebhook had been called: getUpdates answers 409 until deleteWebhook.</summary>
    public void SetWebhook(string url)
    {
        lock (gate)
        {
            WebhookUrl = url;
        }
    }

    private EmulatedChat Register(EmulatedChat chat)
    {
        lock (gate)
        {
            chats[chat.Id] = chat;
            return chat;
        }
    }

    private IncomingMessage SendMessage(
        EmulatedChat chat, EmulatedUser from, string? text, IReadOnlyList<EmulatedEntity> entities, long? replyToMessageId, long? messageThreadId, JsonObject? sticker)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(from);
        lock (gate)
        {
            Register(chat);
            var messageId = NextMessageId(chat.Id);
            var message = new JsonObject
            {
                ["message_id"] = messageId,
                ["from"] = from.ToJson(),
                ["chat"] = chat.ToJson(),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            };
            if (messageThreadId is { } thread)
            {
                message["message_thread_id"] = thread;
                message["is_topic_message"] = true;
            }

            if (text is not null)
            {
                message["text"] = text;
                if (entities.Count > 0)
                {
                    message["entities"] = EntitiesJson(entities);
                }
            }

            if (sticker is not null)
            {
                message["sticker"] = sticker;
            }

            JsonObject? repliedTo = null;
            if (replyToMessageId is { } replyId && messages.TryGetValue((chat.Id, replyId), out var original))
            {
                repliedTo = (JsonObject)original.DeepClone();
                repliedTo.Remove("reply_to_message");
                message["reply_to_message"] = repliedTo;
            }

            messages[(chat.Id, messageId)] = message;
            var delivered = !chat.IsGroup || !PrivacyMode || IsAddressedToBot(text, entities, repliedTo);
            long updateId = 0;
            if (delivered)
            {
                updateId = nextUpdateId++;
                queue.Add(new JsonObject { ["update_id"] = updateId, ["message"] = message.DeepClone() });
                Pulse();
            }

            return new IncomingMessage(updateId, messageId, chat, from, text, entities, delivered);
        }
    }

    /// <summary>What privacy mode lets through in groups: commands for this bot or for no bot in particular, mentions, replies to the bot.</summary>
    private bool IsAddressedToBot(string? text, IReadOnlyList<EmulatedEntity> entities, JsonObject? repliedTo)
    {
        if (repliedTo?["from"]?["id"]?.GetValue<long>() == Bot.Id)
        {
            return true;
        }

        if (text is null)
        {
            return false;
        }

        foreach (var entity in entities)
        {
            var span = text.Substring(entity.Offset, entity.Length);
            if (entity.Type == "bot_command")
            {
                var at = span.IndexOf('@', StringComparison.Ordinal);
                if (at < 0 || string.Equals(span[(at + 1)..], Bot.Username, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            else if (entity.Type == "mention" && string.Equals(span, "@" + Bot.Username, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            else if (entity.Type == "text_mention" && entity.User?.Id == Bot.Id)
            {
                return true;
            }
        }

        return false;
    }

    private long NextMessageId(long chatId)
    {
        var id = nextMessageId.GetValueOrDefault(chatId, 1);
        nextMessageId[chatId] = id + 1;
        return id;
    }

    private void Pulse()
    {
        var signal = changed;
        changed = NewSignal();
        signal.TrySetResult();
    }

    private static JsonArray EntitiesJson(IReadOnlyList<EmulatedEntity> entities)
    {
        var array = new JsonArray();
        foreach (var e in entities)
        {
            var json = new JsonObject { ["type"] = e.Type, ["offset"] = e.Offset, ["length"] = e.Length };
            if (e.Url is not null)
            {
                json["url"] = e.Url;
            }

            if (e.Language is not null)
            {
                json["language"] = e.Language;
            }

            if (e.User is not null)
            {
                json["user"] = e.User.ToJson();
            }

            array.Add(json);
        }

        return array;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

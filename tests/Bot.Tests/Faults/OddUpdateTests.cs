using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Testing.Telegram;
using Bot.Tests.Telegram;

namespace Bot.Tests.Faults;

/// <summary>
/// The real program against the Bot API emulator with updates a public bot receives besides
/// questions: each is handled or ignored without error and confirmed, and the bot keeps
/// answering; a user who blocked the bot holds nobody up; a flood from one user gets one
/// notice; admin commands go by user id, never by username.
/// </summary>
public sealed class OddUpdateTests : IAsyncLifetime
{
    private RealEngineBot bot = null!;

    private TelegramBotApiEmulator Telegram => bot.Emulator;

    public async Task InitializeAsync() => bot = await RealEngineBot.CreateAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task OddUpdates_AreHandledOrIgnoredAndConfirmed_AndTheNextQuestionIsAnswered()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        var group = Telegram.CreateSupergroup("Forum", isForum: true);
        var otherBot = new EmulatedUser(999_001, true, "Other", "other_bot", null);
        var date = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        JsonObject Message(EmulatedChat c, EmulatedUser? from, long id) => new()
        {
            ["message_id"] = id,
            ["date"] = date,
            ["chat"] = Json(c),
            ["from"] = from is null ? null : Json(from),
        };

        var odd = new (string Kind, JsonObject Update)[]
        {
            ("edited message", new() { ["edited_message"] = With(Message(chat, user, 90), ("text", "When did Austin call Shoigu?"), ("edit_date", date)) }),
            ("photo", new() { ["message"] = With(Message(chat, user, 91), ("photo", new JsonArray(new JsonObject { ["file_id"] = "p", ["file_unique_id"] = "u", ["width"] = 90, ["height"] = 90 }))) }),
            ("sticker", new() { ["message"] = With(Message(chat, user, 92), ("sticker", new JsonObject { ["file_id"] = "s", ["file_unique_id"] = "u", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false })) }),
            ("channel post", new() { ["channel_post"] = With(Message(new EmulatedChat(-100_777, "channel", "News", "news"), null, 93), ("text", "/ask When did Austin call Shoigu?")) }),
            ("callback query", new() { ["callback_query"] = new JsonObject { ["id"] = "cb1", ["from"] = Json(user), ["chat_instance"] = "ci", ["data"] = "x" } }),
            ("my_chat_member", new() { ["my_chat_member"] = new JsonObject { ["chat"] = Json(group), ["from"] = Json(user), ["date"] = date, ["old_chat_member"] = Member("left"), ["new_chat_member"] = Member("member") } }),
            ("forward", new() { ["message"] = With(Message(chat, user, 94), ("text", "When did Austin last call Shoigu?"), ("forward_origin", new JsonObject { ["type"] = "hidden_user", ["sender_user_name"] = "Someone", ["date"] = date })) }),
            ("message from another bot", new() { ["message"] = With(Message(group, otherBot, 95), ("text", "/ask@ArticleEmuBot When did Austin call Shoigu?"), ("entities", new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 18 }))) }),
            ("message in a topic", new() { ["message"] = With(Message(group, user, 96), ("text", "/ask When did Austin last call Shoigu?"), ("message_thread_id", 7), ("is_topic_message", true), ("entities", new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 4 }))) }),
            ("unknown update type", new() { ["message_reaction"] = new JsonObject { ["chat"] = Json(chat), ["message_id"] = 1, ["date"] = date, ["old_reaction"] = new JsonArray(), ["new_reaction"] = new JsonArray() } }),
        };
        var ids = odd.Select(o => Telegram.EnqueueRawUpdate(o.Update)).ToList();
        var answer = await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");

        Assert.Contains("21 October 2022", answer.Text, StringComparison.Ordinal);
        await Telegram.WaitForConfirmationAsync(ids[^1]);

        // Confirmed and handled: the topic question is answered in its topic, nothing went to the channel or the other bot.
        var topicReply = Assert.Single(Telegram.SentTo(group.Id), m => m.Text.Contains("2022", StringComparison.Ordinal));
        Assert.Equal(7, topicReply.MessageThreadId);
        Assert.Empty(Telegram.SentTo(-100_777));
        Assert.DoesNotContain("fail", bot.Error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Telegram.Requests, r => r.StatusCode >= 400 && r.Fault is null);
    }

    [Fact]
    public async Task UserWhoBlockedTheBot_DoesNotStallOthers()
    {
        await bot.StartAsync();
        var blocker = Telegram.CreateUser("Blocker");
        var other = Telegram.CreateUser("Other");
        var blockerChat = Telegram.PrivateChatWith(blocker);
        Telegram.BlockBot(blocker);

        var refused = Telegram.SendText(blockerChat, blocker, "When did Austin last call Shoigu?");
        var answer = await bot.AskAsync(Telegram.PrivateChatWith(other), other, "When did Austin last call Shoigu?");
        await Telegram.WaitForConfirmationAsync(refused.UpdateId);

        Assert.Contains("21 October 2022", answer.Text, StringComparison.Ordinal);
        Assert.Contains(Telegram.Requests, r => r.Method == "sendMessage" && r.StatusCode == 403);
        Assert.Empty(Telegram.SentTo(blockerChat.Id));
    }

    [Fact]
    public async Task FiveHundredMessagesInAMinute_GetOneRateLimitNotice()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Flood");
        var chat = Telegram.PrivateChatWith(user);

        var sent = Enumerable.Range(0, 500).Select(i => Telegram.SendText(chat, user, $"When did Austin call Shoigu? #{i.ToString(CultureInfo.InvariantCulture)}")).ToList();
        await Telegram.WaitForConfirmationAsync(sent[^1].UpdateId, TimeSpan.FromSeconds(60));

        var replies = Telegram.SentTo(chat.Id);
        Assert.Single(replies, m => m.Text.StartsWith("Easy there", StringComparison.Ordinal));
        Assert.Equal(10, replies.Count(m => m.Text.Contains("2022", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AdminCommand_IsCheckedAgainstTheUserIdNotTheUsername()
    {
        var admin = Telegram.CreateUser("Admin", "boss");
        bot.ExtraArguments.Add("--Telegram:AdminUserIds:0=" + admin.Id.ToString(CultureInfo.InvariantCulture));
        await bot.StartAsync();
        var impostor = Telegram.CreateUser("Boss", "boss");

        var refused = await bot.AskAsync(Telegram.PrivateChatWith(impostor), impostor, "/stats");
        var stats = await bot.AskAsync(Telegram.PrivateChatWith(admin), admin, "/stats");

        Assert.Equal("This command is for the bot's admins only.", refused.Text);
        Assert.StartsWith("Up ", stats.Text, StringComparison.Ordinal);
    }

    private static JsonObject With(JsonObject message, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            message[key] = value;
        }

        return message;
    }

    private static JsonObject Member(string status) => new() { ["status"] = status, ["user"] = new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Bot" } };

    private static JsonObject Json(EmulatedUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = user.IsBot, ["first_name"] = user.FirstName };
        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        return json;
    }

    private static JsonObject Json(EmulatedChat chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.Type };
        if (chat.Type == "private")
        {
            json["first_name"] = chat.Title;
        }
        else
        {
            json["title"] = chat.Title;
        }

        if (chat.IsForum)
        {
            json["is_forum"] = true;
        }

        return json;
    }
}

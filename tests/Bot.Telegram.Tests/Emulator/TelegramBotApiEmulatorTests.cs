using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Emulator;

/// <summary>The emulator speaks the Bot API as documented, checked with a bare HttpClient.</summary>
public sealed class TelegramBotApiEmulatorTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient http = new();
    private TelegramBotApiEmulator telegram = null!;

    public async Task InitializeAsync() => telegram = await TelegramBotApiEmulator.StartAsync();

    public async Task DisposeAsync() => await telegram.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsEarlierUpdatesForGood()
    {
        var user = telegram.CreateUser("Ana");
        var chat = telegram.PrivateChatWith(user);
        var first = telegram.SendText(chat, user, "one");
        var second = telegram.SendText(chat, user, "two");

        var all = await CallAsync("getUpdates", new JsonObject());
        var again = await CallAsync("getUpdates", new JsonObject());
        var afterFirst = await CallAsync("getUpdates", new JsonObject { ["offset"] = first.UpdateId + 1 });
        var unconfirmedOnly = await CallAsync("getUpdates", new JsonObject());

        Assert.Equal([first.UpdateId, second.UpdateId], Ids(all));
        Assert.Equal([first.UpdateId, second.UpdateId], Ids(again));
        Assert.Equal([second.UpdateId], Ids(afterFirst));
        Assert.Equal([second.UpdateId], Ids(unconfirmedOnly));
        Assert.Equal(first.UpdateId + 1, telegram.ConfirmedBelow);
    }

    [Fact]
    public async Task GetUpdates_NegativeOffset_KeepsOnlyTheLastUpdates()
    {
        var user = telegram.CreateUser("Ana");
        var chat = telegram.PrivateChatWith(user);
        var messages = Enumerable.Range(0, 3).Select(i => telegram.SendText(chat, user, $"m{i}")).ToList();

        var last = await CallAsync("getUpdates", new JsonObject { ["offset"] = -1 });

        Assert.Equal([messages[2].UpdateId], Ids(last));
        Assert.Equal(1, telegram.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAMessageArrives()
    {
        var user = telegram.CreateUser("Ana");
        var chat = telegram.PrivateChatWith(user);
        var poll = CallAsync("getUpdates", new JsonObject { ["timeout"] = 30 });
        await telegram.WaitForPollsAsync(1);

        var sent = telegram.SendText(chat, user, "hello");

        Assert.Equal([sent.UpdateId], Ids(await poll.WaitAsync(TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public async Task GetUpdates_SecondPoller_FirstTerminatedWith409()
    {
        var first = CallAsync("getUpdates", new JsonObject { ["timeout"] = 30 });
        await telegram.WaitForPollsAsync(1);

        var second = CallAsync("getUpdates", new JsonObject { ["timeout"] = 1 });

        var conflict = await first.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(409, conflict["error_code"]!.GetValue<int>());
        Assert.Contains("terminated by other getUpdates request", conflict["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await second)["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetUpdates_WebhookSet_409UntilDeleted()
    {
        telegram.SetWebhook("https://example.invalid/hook");

        var refused = await CallAsync("getUpdates", new JsonObject());
        await CallAsync("deleteWebhook", new JsonObject());
        var allowed = await CallAsync("getUpdates", new JsonObject());

        Assert.Equal(409, refused["error_code"]!.GetValue<int>());
        Assert.Contains("webhook is active", refused["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(allowed["ok"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("<p>hi</p>", "Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("é <br>", "Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 3")]
    [InlineData("<b>bold", "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("x</b>", "Bad Request: can't parse entities: Unexpected end tag at byte offset 1")]
    [InlineData("1 < 2", "Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<span>s</span>", "Bad Request: can't parse entities: Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("<blockquote>a<blockquote>b</blockquote></blockquote>", "Bad Request: can't parse entities: Blockquote entities can't be nested at byte offset 13")]
    [InlineData("<b> </b>", "Bad Request: message text is empty")]
    public async Task SendMessage_InvalidHtml_RefusedLikeTelegram(string text, string description)
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));

        var response = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = text, ["parse_mode"] = "HTML" });

        Assert.Equal(400, response["error_code"]!.GetValue<int>());
        Assert.Equal(description, response["description"]!.GetValue<string>());
        Assert.Empty(telegram.SentMessages);
    }

    [Theory]
    [InlineData("AT&T &amp; <b>bold</b>", "AT&T & bold")]
    [InlineData("<a href=\"https://x.test/?a=1&amp;b=2\">link</a>", "link")]
    [InlineData("<tg-spoiler>s</tg-spoiler> <span class=\"tg-spoiler\">t</span>", "s t")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1 &lt; 2;</code></pre>", "var x = 1 < 2;")]
    [InlineData("<blockquote expandable>q</blockquote>", "q")]
    public async Task SendMessage_ValidHtml_StoredAsParsedText(string text, string visible)
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));

        var response = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = text, ["parse_mode"] = "HTML" });

        Assert.True(response["ok"]!.GetValue<bool>());
        Assert.Equal(visible, response["result"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_OverTheLimit_MessageIsTooLong()
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));

        var exact = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = "<b>" + new string('a', 4096) + "</b>", ["parse_mode"] = "HTML" });
        var over = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = new string('a', 4097) });

        Assert.True(exact["ok"]!.GetValue<bool>());
        Assert.Equal("Bad Request: message is too long", over["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_ChatsTheBotCannotWriteTo_RefusedLikeTelegram()
    {
        var blocker = telegram.CreateUser("Ana");
        var blocked = telegram.PrivateChatWith(blocker);
        telegram.BlockBot(blocker);
        telegram.CreateChannel("Closed", "closed_channel", botIsMember: false);

        var unknown = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 999, ["text"] = "x" });
        var unknownName = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = "@nobody_here", ["text"] = "x" });
        var channel = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = "@closed_channel", ["text"] = "x" });
        var user = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = blocked.Id, ["text"] = "x" });

        Assert.Equal("Bad Request: chat not found", unknown["description"]!.GetValue<string>());
        Assert.Equal("Bad Request: chat not found", unknownName["description"]!.GetValue<string>());
        Assert.Equal((403, "Forbidden: bot is not a member of the channel chat"), (channel["error_code"]!.GetValue<int>(), channel["description"]!.GetValue<string>()));
        Assert.Equal((403, "Forbidden: bot was blocked by the user"), (user["error_code"]!.GetValue<int>(), user["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SendMessage_FormFieldsAndQueryString_AcceptedLikeJson()
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = "<i>form</i>", ["parse_mode"] = "HTML" });

        using var response = await http.PostAsync(telegram.MethodUri("SENDMESSAGE"), form);
        var viaQuery = await http.GetFromJsonAsync<JsonObject>(new Uri(telegram.MethodUri("getMe") + "?x=1"));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("form", Assert.Single(telegram.SentMessages).Text);
        Assert.Equal(telegram.Bot.Username, viaQuery!["result"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_ReplyToMissingMessage_RefusedUnlessAllowed()
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));

        var refused = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = "x", ["reply_parameters"] = new JsonObject { ["message_id"] = 99 } });
        var allowed = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = "x", ["reply_parameters"] = new JsonObject { ["message_id"] = 99, ["allow_sending_without_reply"] = true } });

        Assert.Equal("Bad Request: message to be replied not found", refused["description"]!.GetValue<string>());
        Assert.True(allowed["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendMessageDraft_PrivateChat_ShownUntilTheBotSendsAMessage()
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));

        var placeholder = await CallAsync("sendMessageDraft", new JsonObject { ["chat_id"] = chat.Id, ["draft_id"] = 7, ["text"] = "" });
        var growing = await CallAsync("sendMessageDraft", new JsonObject { ["chat_id"] = chat.Id, ["draft_id"] = 7, ["text"] = "Austin <b>called</b>", ["parse_mode"] = "Html" });
        var shown = telegram.CurrentDraft(chat.Id);
        await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = "Austin called Shoigu." });

        Assert.True(placeholder["result"]!.GetValue<bool>());
        Assert.True(growing["result"]!.GetValue<bool>());
        Assert.Equal(["", "Austin called"], telegram.Drafts.Select(d => d.Text));
        Assert.True(telegram.Drafts[0].IsPlaceholder);
        Assert.Equal("HTML", shown!.ParseMode);
        Assert.Contains(shown.Entities, e => e.Type == "bold");
        Assert.Null(telegram.CurrentDraft(chat.Id));
    }

    [Theory]
    [InlineData("group", 7, "x", "Bad Request: TEXTDRAFT_PEER_INVALID")]
    [InlineData("channel", 7, "x", "Bad Request: TEXTDRAFT_PEER_INVALID")]
    [InlineData("private", 0, "x", "Bad Request: DRAFT_ID_INVALID")]
    [InlineData("private", 7, "<p>x</p>", "Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 0")]
    public async Task SendMessageDraft_Invalid_RefusedLikeTelegram(string chatType, long draftId, string text, string description)
    {
        var chat = chatType switch
        {
            "group" => telegram.CreateGroup("Desk"),
            "channel" => telegram.CreateChannel("News", "news_channel"),
            _ => telegram.PrivateChatWith(telegram.CreateUser("Ana")),
        };

        var response = await CallAsync("sendMessageDraft", new JsonObject { ["chat_id"] = chat.Id, ["draft_id"] = draftId, ["text"] = text, ["parse_mode"] = "HTML" });

        Assert.Equal(400, response["error_code"]!.GetValue<int>());
        Assert.Equal(description, response["description"]!.GetValue<string>());
        Assert.Empty(telegram.Drafts);
    }

    [Fact]
    public async Task SendMessage_ChunkedJsonAndMethodNameInAnyCase_AcceptedAsTelegramBotSendsThem()
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));
        using var content = JsonContent.Create(new JsonObject { ["chat_id"] = chat.Id, ["text"] = "<i>chunked</i>", ["parse_mode"] = "Html" });

        using var response = await http.PostAsync(telegram.MethodUri("sendmessage"), content);

        Assert.Null(content.Headers.ContentLength);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(("chunked", "HTML"), (Assert.Single(telegram.SentMessages).Text, telegram.SentMessages[0].ParseMode));
    }

    [Fact]
    public async Task SendMessage_UnknownParseMode_Refused()
    {
        var chat = telegram.PrivateChatWith(telegram.CreateUser("Ana"));

        var response = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = chat.Id, ["text"] = "x", ["parse_mode"] = "Htm" });

        Assert.Equal("Bad Request: unsupported parse_mode", response["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/ask@ArticleEmuBot hi", true)]
    [InlineData("/ask hi", true)]
    [InlineData("/ask@OtherBot hi", false)]
    [InlineData("just chatting", false)]
    [InlineData("hey @ArticleEmuBot", true)]
    public async Task SendText_GroupWithPrivacyMode_OnlyAddressedMessagesDelivered(string text, bool delivered)
    {
        var group = telegram.CreateGroup("Desk");

        var message = telegram.SendText(group, telegram.CreateUser("Ana"), text);

        Assert.Equal(delivered, message.Delivered);
        Assert.Equal(delivered ? 1 : 0, Ids(await CallAsync("getUpdates", new JsonObject())).Count);
    }

    [Theory]
    [InlineData("/ask hi", "bot_command", 0, 4)]
    [InlineData("🙂 @ArticleEmuBot", "mention", 3, 14)]
    [InlineData("hi /help@ArticleEmuBot", "bot_command", 3, 19)]
    public void EntityScanner_Text_OffsetsInUtf16Units(string text, string type, int offset, int length)
    {
        Assert.Equal(new EmulatedEntity(type, offset, length), Assert.Single(EntityScanner.Scan(text)));
    }

    private static List<long> Ids(JsonObject response) =>
        response["result"]!.AsArray().Select(u => u!["update_id"]!.GetValue<long>()).ToList();

    private async Task<JsonObject> CallAsync(string method, JsonObject parameters)
    {
        using var response = await http.PostAsJsonAsync(telegram.MethodUri(method), parameters);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

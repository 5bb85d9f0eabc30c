using Bot.Telegram.Updates;
using Bot.Testing.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Tests.Updates;

public sealed class MessageAddressingTests
{
    private static readonly User Bot = new() { Id = 777, IsBot = true, FirstName = "Article Bot", Username = "ArticleBot" };
    private static readonly User Ana = new() { Id = 1, FirstName = "Ana" };

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // chat type, text, intent, question
        { "private", "When did Austin call Shoigu?", nameof(MessageIntent.Question), "When did Austin call Shoigu?" },
        { "private", "/ask when did Austin call?", nameof(MessageIntent.Question), "when did Austin call?" },
        { "private", "/start", nameof(MessageIntent.Start), "" },
        { "private", "/help@ArticleBot", nameof(MessageIntent.Help), "" },
        { "private", "/sources", nameof(MessageIntent.Sources), "" },
        { "private", "/stats", nameof(MessageIntent.Stats), "" },
        { "private", "/weather", nameof(MessageIntent.UnknownCommand), "" },
        { "private", "/ask", nameof(MessageIntent.EmptyQuestion), "" },
        { "group", "Did anyone read Kompas today?", nameof(MessageIntent.Ignore), "" },
        { "group", "/ask kapan Austin menelepon?", nameof(MessageIntent.Question), "kapan Austin menelepon?" },
        { "group", "/ask@ArticleBot kapan Austin menelepon?", nameof(MessageIntent.Question), "kapan Austin menelepon?" },
        { "group", "/ASK@articlebot why?", nameof(MessageIntent.Question), "why?" },
        { "group", "/ask@OtherBot kapan?", nameof(MessageIntent.Ignore), "" },
        { "supergroup", "/weather", nameof(MessageIntent.Ignore), "" },
        { "supergroup", "@ArticleBot, who called whom?", nameof(MessageIntent.Question), "who called whom?" },
        { "supergroup", "🙂🙂 hey @ArticleBot who called?", nameof(MessageIntent.Question), "🙂🙂 hey who called?" },
        { "supergroup", "ask @ArticleBotFan instead", nameof(MessageIntent.Ignore), "" },
        { "supergroup", "@ArticleBot", nameof(MessageIntent.EmptyQuestion), "" },
        { "supergroup", "/start@ArticleBot", nameof(MessageIntent.Start), "" },
        { "channel", "/ask anything", nameof(MessageIntent.Ignore), "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_TextInChat_IntentAndQuestion(string chatType, string text, string intent, string question)
    {
        var message = Message(chatType, text);

        var addressed = MessageAddressing.Classify(message, Bot);

        Assert.Equal(Enum.Parse<MessageIntent>(intent), addressed.Intent);
        Assert.Equal(question, addressed.Question);
    }

    [Theory]
    [InlineData("private", nameof(MessageIntent.NonText))]
    [InlineData("group", nameof(MessageIntent.Ignore))]
    [InlineData("supergroup", nameof(MessageIntent.Ignore))]
    public void Classify_Sticker_HintInPrivateSilenceInGroups(string chatType, string intent)
    {
        var message = new Message { Id = 5, From = Ana, Chat = new Chat { Id = -5, Type = TypeOf(chatType) } };

        Assert.Equal(Enum.Parse<MessageIntent>(intent), MessageAddressing.Classify(message, Bot).Intent);
    }

    [Theory]
    [InlineData(777, nameof(MessageIntent.Question))]
    [InlineData(2, nameof(MessageIntent.Ignore))]
    public void Classify_ReplyInGroup_AnsweredOnlyWhenReplyingToTheBot(long repliedAuthor, string intent)
    {
        var message = Message("group", "And then?");
        message.ReplyToMessage = new Message { Id = 3, From = new User { Id = repliedAuthor, FirstName = "x" }, Chat = new Chat { Id = -5, Type = ChatType.Group } };

        Assert.Equal(Enum.Parse<MessageIntent>(intent), MessageAddressing.Classify(message, Bot).Intent);
    }

    [Fact]
    public void Classify_TextMentionOfTheBot_IsAQuestion()
    {
        var message = Message("group", "Article Bot when?");
        message.Entities = [new MessageEntity { Type = MessageEntityType.TextMention, Offset = 0, Length = 11, User = Bot }];

        Assert.Equal(new AddressedMessage(MessageIntent.Question, "when?"), MessageAddressing.Classify(message, Bot));
    }

    [Fact]
    public void Classify_MessageFromAnotherBot_Ignored()
    {
        var message = Message("private", "hello");
        message.From = new User { Id = 9, IsBot = true, FirstName = "Other" };

        Assert.Equal(MessageIntent.Ignore, MessageAddressing.Classify(message, Bot).Intent);
    }

    /// <summary>A message with the entities Telegram would compute (via the emulator's scanner, in UTF-16 units).</summary>
    private static Message Message(string chatType, string text) => new()
    {
        Id = 5,
        From = Ana,
        Chat = new Chat { Id = chatType == "private" ? 1 : -5, Type = TypeOf(chatType) },
        Text = text,
        Entities = [.. EntityScanner.Scan(text).Select(e => new MessageEntity { Type = EntityTypeOf(e.Type), Offset = e.Offset, Length = e.Length })],
    };

    /// <summary>Bot API names as Telegram.Bot reads them from JSON.</summary>
    private static ChatType TypeOf(string name) => System.Text.Json.JsonSerializer.Deserialize<ChatType>($"\"{name}\"", global::Telegram.Bot.JsonBotAPI.Options);

    private static MessageEntityType EntityTypeOf(string name) => System.Text.Json.JsonSerializer.Deserialize<MessageEntityType>($"\"{name}\"", global::Telegram.Bot.JsonBotAPI.Options);
}

using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Telegram.Digest;
using Bot.Telegram.Rendering;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Properties;

/// <summary>Inputs the rendering properties once found, kept as ordinary tests.</summary>
public sealed class Counterexamples
{
    /// <summary>
    /// A story with an empty headline and a sentence too long for one message sent "&lt;b&gt;&lt;/b&gt;"
    /// as a message of its own, which Telegram refuses as empty.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void RenderDigest_BlankHeadline_SendsNoEmptyMessage(string headline)
    {
        var source = new Article("a", "Judul", "Outlet", null, [], [], null, [], "a.txt");
        var sentence = new SummarySentence(string.Concat(Enumerable.Repeat("ab ", 3000)), "a", [1]);
        var summary = new StorySummary(new Story("s", null, [source]), headline, [sentence], [source], IsUpdate: false);

        var messages = DigestRenderer.Render(summary, ReplyLanguage.English);

        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(TelegramHtmlParser.Parse(m).Text), $"empty message: {m}"));
    }
}

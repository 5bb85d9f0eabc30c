using Bot.Telegram.Rendering;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Rendering;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a < b > c", "a &lt; b &gt; c")]
    [InlineData("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("🙂 <b>", "🙂 &lt;b&gt;")]
    public void Escape_Text_OnlyMarkupCharactersReplaced(string text, string expected)
    {
        Assert.Equal(expected, TelegramHtml.Escape(text));
        Assert.Equal(text, TelegramHtmlParser.Parse(expected).Text);
    }

    [Theory]
    [InlineData("<b>bold</b> &amp; <i>it</i>", "bold & it")]
    [InlineData("<blockquote expandable>&quot;q&quot; &lt;x&gt;</blockquote>", "\"q\" <x>")]
    [InlineData("&#128578; &#x41;", "🙂 A")]
    [InlineData("AT&T &unknown; &", "AT&T &unknown; &")]
    [InlineData("<a href=\"https://x.test/?a=1&amp;b=2\">link</a>", "link")]
    public void ToPlainText_Html_WhatTheReaderSees(string html, string expected)
    {
        Assert.Equal(expected, TelegramHtml.ToPlainText(html));
    }
}

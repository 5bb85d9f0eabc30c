using Bot.Telegram.Rendering;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Rendering;

public sealed class TelegramMessageSplitterTests
{
    [Theory]
    [InlineData("word ", 3000, 100)]
    [InlineData("&<>\" ", 2000, 100)]
    [InlineData("🙂", 5000, 64)]
    [InlineData("x", 9000, 200)]
    public void Pack_OversizedBlock_CutIntoValidPiecesKeepingEveryCharacter(string unit, int repeats, int limit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeats)).Trim();
        var block = HtmlBlock.FromText(text, "\n\n", "<b>", "</b>");

        var messages = TelegramMessageSplitter.Pack([block], limit);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, limit));
        var parsed = messages.Select(TelegramHtmlParser.Parse).ToList();
        Assert.All(parsed, p => Assert.True(p.Ok, p.Error));
        Assert.All(parsed, p => Assert.Equal("bold", Assert.Single(p.Entities).Type));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(parsed.Select(p => p.Text.Replace(" ", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void Pack_Sentences_CutAtSentenceBoundaries()
    {
        var sentences = Enumerable.Range(1, 30).Select(i => $"This is sentence number {i} of the answer.").ToList();
        var block = HtmlBlock.FromText(string.Join(" ", sentences), "\n\n");

        var messages = TelegramMessageSplitter.Pack([block], 200);

        Assert.All(messages, m => Assert.EndsWith(".", m, StringComparison.Ordinal));
        Assert.Equal(sentences, messages.SelectMany(m => m.Split(". ")).Select(s => s.TrimEnd('.') + ".").ToList());
    }

    [Fact]
    public void Pack_SmallBlocks_JoinedWithTheirSeparators()
    {
        var messages = TelegramMessageSplitter.Pack([HtmlBlock.FromText("a", "\n\n"), HtmlBlock.FromText("b", "\n\n"), HtmlBlock.FromText("c", "\n")]);

        Assert.Equal("a\n\nb\nc", Assert.Single(messages));
    }
}

using System.Globalization;
using Bot.Core.Answering.Contracts;
using Bot.Telegram.Rendering;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Rendering;

public sealed class TelegramAnswerRendererTests
{
    private static readonly Citation Kompas = new(1, "003_42ef1aef511d5886", "Menhan AS & Rusia <Bicara>", "Kompas.com", "2022-10-22", "\"Austin & Shoigu\" berbicara < 1 jam >.");
    private static readonly Citation Tribun = new(2, "002_cf56b5f3342129bc", "Kejadian Langka", "TribunWow", "2022-10-22T08:15:00+07:00", "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.");

    private static Answer AnswerOf(string text, string language = "en", bool answered = true, params Citation[] citations) =>
        new("q", answered, language, text, citations, "test", 1);

    [Fact]
    public void Render_CitedAnswer_IsValidTelegramHtmlWithEscapedTextAndExpandableQuotes()
    {
        var html = Assert.Single(TelegramAnswerRenderer.Render(AnswerOf("They spoke on 21 October <Friday> & again [1][2].", "en", true, Kompas, Tribun)));

        var parsed = TelegramHtmlParser.Parse(html);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.StartsWith("They spoke on 21 October <Friday> & again [1][2].", parsed.Text, StringComparison.Ordinal);
        var quotes = parsed.Entities.Where(e => e.Type == "expandable_blockquote").Select(e => parsed.Text.Substring(e.Offset, e.Length)).ToList();
        Assert.Equal([Kompas.Quote, Tribun.Quote], quotes);
        Assert.Contains(parsed.Entities, e => e.Type == "italic" && parsed.Text.Substring(e.Offset, e.Length) == Kompas.Title);
        Assert.Contains("[1] Kompas.com, 22 October 2022", parsed.Text, StringComparison.Ordinal);
        Assert.Contains("[2] TribunWow, 22 October 2022", parsed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", true, "Sources", "22 October 2022")]
    [InlineData("id", true, "Sumber", "22 Oktober 2022")]
    [InlineData("en", false, "Closest passages in the articles", "22 October 2022")]
    [InlineData("id", false, "Bagian artikel yang paling dekat", "22 Oktober 2022")]
    public void Render_Language_LabelsAndDatesInThatLanguage(string language, bool answered, string heading, string date)
    {
        var parsed = TelegramHtmlParser.Parse(Assert.Single(TelegramAnswerRenderer.Render(AnswerOf("Text [1].", language, answered, Tribun))));

        Assert.Contains(parsed.Entities, e => e.Type == "bold" && parsed.Text.Substring(e.Offset, e.Length) == heading);
        Assert.Contains(date, parsed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoCitations_AnswerTextOnly()
    {
        var parsed = TelegramHtmlParser.Parse(Assert.Single(TelegramAnswerRenderer.Render(AnswerOf("The articles do not say."))));

        Assert.Equal("The articles do not say.", parsed.Text);
        Assert.Empty(parsed.Entities);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(400)]
    [InlineData(3000)]
    public void Render_LongAnswer_EveryMessageValidUnderLimitAndNothingLost(int sentences)
    {
        var text = string.Join(" ", Enumerable.Range(1, sentences).Select(i => string.Create(CultureInfo.InvariantCulture, $"Claim {i} <is> \"cited\" & true [1].")));
        var quote = string.Join(" ", Enumerable.Repeat("A long quote & <more>.", 300));
        var messages = TelegramAnswerRenderer.Render(AnswerOf(text, "en", true, Kompas with { Quote = quote }));

        var parsed = messages.Select(TelegramHtmlParser.Parse).ToList();
        Assert.All(messages, m => Assert.InRange(m.Length, 1, 4096));
        Assert.All(parsed, p => Assert.True(p.Ok, p.Error));
        var whole = string.Join(" ", parsed.Select(p => p.Text));
        Assert.Equal(sentences, whole.Split("[1].").Length - 1);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Claim {sentences} <is> \"cited\" & true [1]."), whole, StringComparison.Ordinal);
        var quoted = parsed.SelectMany(p => p.Entities.Where(e => e.Type == "expandable_blockquote").Select(e => p.Text.Substring(e.Offset, e.Length)));
        Assert.Equal(300, string.Join(" ", quoted).Split("A long quote & <more>.").Length - 1);
    }

    [Fact]
    public void Render_SourceHeading_StaysWithItsQuote()
    {
        var text = string.Join(" ", Enumerable.Repeat("Filler sentence that takes room.", 124));
        var messages = TelegramAnswerRenderer.Render(AnswerOf(text, "en", true, Kompas, Tribun));

        foreach (var parsed in messages.Select(TelegramHtmlParser.Parse))
        {
            foreach (var heading in new[] { "[1] Kompas.com", "[2] TribunWow" })
            {
                if (parsed.Text.Contains(heading, StringComparison.Ordinal))
                {
                    Assert.Contains(parsed.Entities, e => e.Type == "expandable_blockquote" && e.Offset > parsed.Text.IndexOf(heading, StringComparison.Ordinal));
                }
            }
        }
    }
}

using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Telegram.Digest;
using Bot.Telegram.Rendering;
using Bot.Testing.Telegram;

namespace Bot.Telegram.Tests.Digest;

public sealed class DigestRendererTests
{
    private static Article Source(string id, string title) =>
        new(id, title, "Outlet <A&B>", new PublicationDate(new DateOnly(2022, 10, 22), null, null, true, "22/10/2022"), [], [], null, [], id);

    private static StorySummary Summary(int sentences, int sentenceLength)
    {
        var articles = new[] { Source("a", "Judul \"satu\""), Source("b", "Judul <dua>") };
        var story = new Story("a", new DateOnly(2022, 10, 21), articles);
        var text = string.Join(' ', Enumerable.Repeat("kata", sentenceLength / 5)) + " & <b>.";
        return new StorySummary(story, "Menhan & Rusia", [.. Enumerable.Range(0, sentences).Select(i => new SummarySentence(text, "a", [1, 2]))], articles, IsUpdate: false);
    }

    [Theory]
    [InlineData(4, 200)]
    [InlineData(5, 1500)]
    [InlineData(3, 6000)]
    public void Render_AnyLength_EveryMessageValidAndWithinTheLimit(int sentences, int length)
    {
        var messages = DigestRenderer.Render(Summary(sentences, length), ReplyLanguage.Indonesian);

        Assert.All(messages, m =>
        {
            var parsed = TelegramHtmlParser.Parse(m);
            Assert.True(parsed.Ok, parsed.Error);
            Assert.InRange(m.Length, 1, 4096);
        });
        Assert.StartsWith("<b>Menhan &amp; Rusia (21 Oktober 2022)</b>", messages[0], StringComparison.Ordinal);
        Assert.Contains("Judul &lt;dua&gt;", messages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_LabelsAndDateInEnglish()
    {
        var html = string.Concat(DigestRenderer.Render(Summary(3, 100), ReplyLanguage.English));

        Assert.Contains("21 October 2022", html, StringComparison.Ordinal);
        Assert.Contains("<b>Sources:</b>", html, StringComparison.Ordinal);
        Assert.Contains("[1][2]", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("08:00", "2026-01-05T00:30:00Z", "2026-01-05T01:00:00Z")]
    [InlineData("08:00", "2026-01-05T01:00:00Z", "2026-01-06T01:00:00Z")]
    [InlineData("23:59", "2026-01-05T17:00:00Z", "2026-01-05T16:59:00Z", true)]
    public void NextAfter_JakartaSchedule_NextLocalOccurrence(string schedule, string now, string expected, bool nextDay = false)
    {
        var plan = DigestSchedule.From(new DigestOptions { Schedule = schedule, TimeZone = "Asia/Jakarta" })!;
        var expectedDue = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);

        var due = plan.NextAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(nextDay ? expectedDue.AddDays(1) : expectedDue, due);
    }
}

using System.Text;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Telegram.Digest;
using Bot.Telegram.Rendering;
using Bot.Testing.Properties;
using Bot.Testing.Telegram;
using CsCheck;

namespace Bot.Telegram.Tests.Properties;

/// <summary>
/// Any answer and any digest story render to messages Telegram accepts: each one valid HTML by
/// the strict parser, within 4,096 characters, not empty; and the visible text of the messages,
/// joined, is the original text: the same characters in the same order, with only whitespace
/// moved where a long text had to be cut.
/// </summary>
public sealed class RenderingProperties
{
    private const int Samples = 100;

    /// <summary>Short texts, and texts long enough (up to ~15,000 characters) that they must be split.</summary>
    private static readonly Gen<string> AnswerText = Gen.Frequency(
        (3, HostileText.Text(40)),
        (1, Gen.Select(HostileText.Text(30), Gen.Int[2, 40], (t, n) => string.Concat(Enumerable.Repeat(t, n)))),
        (1, Gen.Select(Gen.OneOf("a", "&", "<", "\"", "😀", " ", "\n", "ab "), Gen.Int[1400, 5000], (unit, n) => string.Concat(Enumerable.Repeat(unit, n)))));

    private static readonly Gen<string?> Published = Gen.Frequency(
        (1, Gen.OneOf<string?>(null, "2022-10-21", "2022-10-21 19:33", "21/10/2022")),
        (1, HostileText.Text(3).Select(t => (string?)t)));

    private static readonly Gen<Citation> CitationGen =
        Gen.Select(Gen.Int[0, 99], HostileText.Text(12), HostileText.Text(4).Select(t => (string?)t), Published, AnswerText)
            .Select(c => new Citation(c.Item1, "a", c.Item2, c.Item3, c.Item4, c.Item5));

    private static readonly Gen<Answer> AnswerGen =
        Gen.Select(AnswerText, CitationGen.Array[0, 5], Gen.Bool, Gen.OneOf("en", "id", "", "xx"))
            .Select((text, citations, answered, language) => new Answer("q", answered, language, text, citations, "extractive", 0));

    [Fact]
    public void RenderAnswer_AnyAnswer_GivesValidMessagesWithTheWholeText()
    {
        AnswerGen.Sample(
            answer =>
            {
                var messages = TelegramAnswerRenderer.Render(answer);
                var visible = VisibleText(messages);
                foreach (var citation in answer.Citations.OrderBy(c => c.N))
                {
                    Assert.Contains(Letters(citation.Title), Letters(visible), StringComparison.Ordinal);
                    Assert.Contains(Letters(citation.Quote), Letters(visible), StringComparison.Ordinal);
                }

                if (answer.Citations.Count == 0 && Letters(answer.Text).Length > 0)
                {
                    Assert.Equal(Letters(answer.Text), Letters(visible));
                }
                else
                {
                    Assert.StartsWith(Letters(answer.Text), Letters(visible), StringComparison.Ordinal);
                }
            },
            iter: Samples,
            threads: 1);
    }

    [Fact]
    public void RenderDigest_AnyStory_GivesValidMessagesWithEverySentenceAndSource()
    {
        var article = Gen.Select(HostileText.Text(10), HostileText.Text(3), Gen.Bool)
            .Select((title, outlet, dated) => new Article(
                "a", title, outlet, dated ? new PublicationDate(new DateOnly(2022, 10, 21), null, null, true, "x") : null, [], [], null, [], "a.txt"));
        var sentence = Gen.Select(AnswerText, Gen.Int[1, 9].Array[0, 4]).Select((text, sources) => new SummarySentence(text, "a", sources));
        var summary = Gen.Select(HostileText.Text(12), article.Array[1, 4], sentence.Array[0, 5], Gen.Bool, Gen.Bool)
            .Select((headline, sources, sentences, update, dated) => new StorySummary(
                new Story("s", dated ? new DateOnly(2022, 10, 21) : null, sources), headline, sentences, sources, update));

        Gen.Select(summary, Gen.OneOf(ReplyLanguage.English, ReplyLanguage.Indonesian)).Sample(
            (story, language) =>
            {
                var visible = Letters(VisibleText(DigestRenderer.Render(story, language)));
                var label = !story.IsUpdate ? "" : language == ReplyLanguage.Indonesian ? "Pembaruan:" : "Update:";
                Assert.StartsWith(Letters(label + story.Headline), visible, StringComparison.Ordinal);
                var at = 0;
                foreach (var s in story.Sentences)
                {
                    // Sentences appear in order, each whole.
                    var found = visible.IndexOf(Letters(s.Text), at, StringComparison.Ordinal);
                    Assert.True(found >= 0, "a summary sentence is missing or out of order");
                    at = found;
                }

                Assert.All(story.Sources, a => Assert.Contains(Letters(a.Title), visible, StringComparison.Ordinal));
            },
            iter: Samples,
            threads: 1);
    }

    /// <summary>Every message passes Telegram's checks; returns their visible text, joined.</summary>
    private static string VisibleText(IReadOnlyList<string> messages)
    {
        Assert.NotEmpty(messages);
        var visible = new StringBuilder();
        foreach (var message in messages)
        {
            Assert.InRange(message.Length, 1, TelegramLimits.MessageLength);
            var parsed = TelegramHtmlParser.Parse(message);
            Assert.True(parsed.Ok, $"{parsed.Error} in: {message}");
            Assert.False(string.IsNullOrWhiteSpace(parsed.Text), $"Telegram refuses an empty message: {string.Join(" || ", messages.Select(m => m.Length > 300 ? m[..300] : m))}");
            visible.Append(parsed.Text).Append('\n');
        }

        return visible.ToString();
    }

    /// <summary>The text without whitespace: what must survive rendering and splitting exactly.</summary>
    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

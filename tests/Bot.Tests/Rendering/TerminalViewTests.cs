using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Rendering;

namespace Bot.Tests.Rendering;

public sealed partial class TerminalViewTests
{
    private static readonly Answer Answered = new(
        "When did Austin last call Shoigu?",
        true,
        "en",
        "On Friday, 21 October 2022 [1].",
        [new Citation(1, "002_cf56b5f3342129bc", "Kejadian Langka", "TribunWow", "2022-10-22", "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.")],
        "extractive",
        1);

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "1")]
    public async Task For_RedirectedOrNoColor_WritesThePlainTextUnchanged(bool isTerminal, string? noColor)
    {
        using var output = new StringWriter();

        await TerminalView.For(output, isTerminal, noColor).WriteAnswerAsync(Answered);

        Assert.Equal(PlainTextRenderer.Render(Answered) + Environment.NewLine, output.ToString());
        Assert.DoesNotContain('\u001b', output.ToString());
    }

    [Fact]
    public async Task For_Terminal_ColoursTheAnswerAndDimsTheSourcesWithOutletAndDate()
    {
        using var output = new StringWriter();

        await TerminalView.For(output, isTerminal: true, noColor: null).WriteAnswerAsync(Answered);

        var text = output.ToString();
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[2m", text, StringComparison.Ordinal);
        var plain = AnsiPattern().Replace(text, string.Empty);
        Assert.Contains("On Friday, 21 October 2022 [1].", plain, StringComparison.Ordinal);
        Assert.Contains("[1] TribunWow · 2022-10-22 — Kejadian Langka", plain, StringComparison.Ordinal);
        Assert.Contains("“Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.”", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rich_Sources_IsATableWithEveryArticle()
    {
        using var output = new StringWriter();
        Article[] articles =
        [
            new("001_a", "Kepala Pentagon Desak Rusia", "Jitunews.com", new PublicationDate(new DateOnly(2022, 5, 14), null, null, true, "date line"), [], [], null, [], "001_a.txt"),
            new("003_b", "Menhan AS-Rusia Teleponan", null, new PublicationDate(new DateOnly(2022, 10, 21), null, null, false, "inferred"), [], [], null, [], "003_b.txt"),
        ];

        await TerminalView.For(output, isTerminal: true, noColor: null).WriteSourcesAsync(articles);

        var plain = AnsiPattern().Replace(output.ToString(), string.Empty);
        Assert.Contains("2 articles", plain, StringComparison.Ordinal);
        Assert.Contains("│ Jitunews.com", plain, StringComparison.Ordinal);
        Assert.Contains("about 2022-10-21", plain, StringComparison.Ordinal);
        Assert.Contains("unknown outlet", plain, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial System.Text.RegularExpressions.Regex AnsiPattern();
}

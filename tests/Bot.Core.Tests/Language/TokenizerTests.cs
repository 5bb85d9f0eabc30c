using System.Text.RegularExpressions;
using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Jumat (21/10/2022) kemarin", "Jumat|21/10/2022|kemarin")]
    [InlineData("pada Jumat (13/5), Austin", "pada|Jumat|13/5|Austin")]
    [InlineData("US$ 17 miliar (Rp 264 triliun)", "US|17|miliar|Rp|264|triliun")]
    [InlineData("Jum'at, 22/11/2024 17:38 WIB", "Jum'at|22/11/2024|17|38|WIB")]
    [InlineData("Zelenskyy's anti-war", "Zelenskyy's|anti-war")]
    public void Tokenize_KeepsDatesAndWordsWhole(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Text);

        Assert.Equal(expected, string.Join('|', tokens));
    }

    [Fact]
    public void Tokenize_ClassifiesNumericDates()
    {
        var tokens = Tokenizer.Tokenize("Jumat (21/10) dan 17 miliar");

        Assert.Equal(TokenKind.Date, tokens[1].Kind);
        Assert.Equal(TokenKind.Number, tokens[3].Kind);
        Assert.Equal(7, tokens[1].Start);
    }

    [Theory]
    [InlineData("12/345 dan 123/4", "12/34|5|dan|123|4")]
    [InlineData("1.000,50 rupiah; 3.4 M", "1.000,50|rupiah|3.4|M")]
    [InlineData("pro-Rusia -- anti- x 'kutip' Jum’at", "pro-Rusia|anti|x|kutip|Jum’at")]
    [InlineData("13/5/22 dan 13/5/2022x 7/", "13/5/22|dan|13/5/2022|x|7")]
    public void Tokenize_EdgeCases_MatchReferencePattern(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Text)));
        Assert.Equal(expected, string.Join('|', ReferencePattern.Matches(text).Select(m => m.Value)));
    }

    [Fact]
    public void Tokenize_Corpus_MatchesReferencePattern()
    {
        var articles = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "articles");
        foreach (var file in Directory.GetFiles(articles, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var expected = ReferencePattern.Matches(text).Select(m => (m.Value, m.Index));

            Assert.Equal(expected, Tokenizer.Tokenize(text).Select(t => (t.Text, t.Start)));
        }
    }

    // The token grammar as a regular expression: the scanner must find exactly these matches.
    private static readonly Regex ReferencePattern = new(
        @"(?<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?)|(?<number>\d+(?:[.,]\d+)*)|(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)",
        RegexOptions.CultureInvariant);
}

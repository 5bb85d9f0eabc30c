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
}

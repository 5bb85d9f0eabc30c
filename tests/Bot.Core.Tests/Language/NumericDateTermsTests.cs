using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class NumericDateTermsTests
{
    [Theory]
    [InlineData("21/10/2022", "21/10/2022|oktober|2022")]
    [InlineData("13/5", "13/5|mei")]
    [InlineData("1/12/22", "1/12/22|desember")]
    [InlineData("45/13", "45/13")]
    [InlineData("12/0", "12/0")]
    public void Of_DateToken_AddsMonthNameAndYear(string token, string expected)
    {
        Assert.Equal(expected, string.Join('|', NumericDateTerms.Of(token)));
    }
}

using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class DottedAcronymsTests
{
    [Theory]
    [InlineData("the U.S. defense chief", "the US defense chief")]
    [InlineData("U.S. and U.K. officials", "US and UK officials")]
    [InlineData("pihak A.S. menyatakan", "pihak AS menyatakan")]
    [InlineData("Washington, D.C.", "Washington, DC")]
    [InlineData("the U.S", "the US")]
    [InlineData("Lloyd J. Austin", "Lloyd J. Austin")]
    [InlineData("Jumat. Austin", "Jumat. Austin")]
    [InlineData("no dots here", "no dots here")]
    public void Collapse_Text_JoinsOnlyDottedAcronyms(string text, string expected)
    {
        Assert.Equal(expected, DottedAcronyms.Collapse(text));
    }
}

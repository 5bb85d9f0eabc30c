using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class NameRespellingTests
{
    [Theory]
    [InlineData("zelenskyy", "zelensky")]
    [InlineData("russia", "rusia")]
    [InlineData("ukraine", "ukraina")]
    [InlineData("zelenskiy", "zelensky")]
    [InlineData("odessa", "odesa")]
    public void Variants_EnglishSpelling_IncludesIndonesianSpelling(string name, string expected)
    {
        Assert.Contains(expected, NameRespelling.Variants(name));
    }

    [Theory]
    [InlineData("crimea")]
    [InlineData("kyiv")]
    [InlineData("abc")]
    [InlineData("o'neil")]
    public void Variants_NameWithoutRespelling_IsEmpty(string name)
    {
        Assert.Empty(NameRespelling.Variants(name));
    }
}

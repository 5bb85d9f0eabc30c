using Bot.Core.Summaries;

namespace Bot.Core.Tests.Summaries;

/// <summary>A written sentence's dates and numbers against the article it cites (the Jurnas report of 21 October 2022).</summary>
public sealed class CitedClaimCheckTests
{
    private static CitedClaimCheck Jurnas()
    {
        var kb = SeedCorpus.KnowledgeBase;
        return new CitedClaimCheck(kb, kb.Articles.Single(a => a.Outlet == "Jurnas.com"));
    }

    [Theory]
    [InlineData("The US and Russian defence ministers spoke by phone on Friday, 21 October 2022.")]
    [InlineData("They last spoke on 13 May, when Austin urged an immediate ceasefire.")]
    [InlineData("Kedua menteri berbicara lewat telepon pada Jumat, 21 Oktober 2022.")]
    [InlineData("The ministers discussed Ukraine without further details.")]
    public void Supports_DatesAndNumbersTheArticleStates(string sentence)
    {
        Assert.True(Jurnas().Supports(sentence));
    }

    [Theory]
    [InlineData("The ministers spoke by phone on Friday, 21 October 2024.")]
    [InlineData("The ministers spoke by phone on 3 March 2022.")]
    [InlineData("The call lasted 45 minutes.")]
    public void Supports_DateOrNumberTheArticleNeverGives_False(string sentence)
    {
        Assert.False(Jurnas().Supports(sentence));
    }
}

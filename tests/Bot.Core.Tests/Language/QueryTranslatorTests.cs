using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class QueryTranslatorTests
{
    [Theory]
    [InlineData("phone call", "telepon|panggilan telepon|menelepon|teleponan")]
    [InlineData("defence minister", "menteri pertahanan|menhan")]
    [InlineData("defense minister", "menteri pertahanan|menhan")]
    [InlineData("ceasefire", "gencatan senjata")]
    [InlineData("nuclear watchdog", "pengawas nuklir")]
    [InlineData("summit", "ktt")]
    [InlineData("capital", "ibu kota")]
    [InlineData("spokesman", "juru bicara")]
    [InlineData("refusing", "menolak")]
    [InlineData("Ukraine", "ukraina")]
    [InlineData("Moscow", "moskow")]
    [InlineData("United States", "amerika serikat")]
    [InlineData("Zelenskyy", "zelensky")]
    public void Translate_KnownEnglish_IncludesIndonesianRendering(string english, string expectedRenderings)
    {
        var spans = QueryTranslator.Default.Translate(english);

        var span = Assert.Single(spans, s => s.Source != TranslationSource.Learned);
        foreach (var rendering in expectedRenderings.Split('|'))
        {
            Assert.Contains(rendering, span.Renderings);
        }
    }

    [Fact]
    public void Translate_PhraseAndWords_MatchesLongestPhraseFirst()
    {
        var spans = QueryTranslator.Default.Translate("the defense minister refused a phone call");

        Assert.Equal(["defense minister", "refused", "phone call"], spans.Where(s => s.Source != TranslationSource.Learned).Select(s => s.English));
        Assert.Equal(TranslationSource.Lexicon, spans[0].Source);
    }

    [Fact]
    public void Translate_WordWithLearnedSense_AddsItBesideTheDictionary()
    {
        // The dictionary knows "found" as "to found" (mendirikan); parallel text adds "ditemukan".
        var spans = QueryTranslator.Default.Translate("found");

        var learned = Assert.Single(spans, s => s.Source == TranslationSource.Learned);
        Assert.Contains("temu", learned.Renderings);
    }

    [Fact]
    public void Translate_ListedName_GetsNoLearnedSpan()
        => Assert.DoesNotContain(QueryTranslator.Default.Translate("Moscow"), s => s.Source == TranslationSource.Learned);

    [Fact]
    public void Translate_StopWordsAlone_AreNotTranslated()
    {
        var spans = QueryTranslator.Default.Translate("when did the");

        Assert.Empty(spans);
    }

    [Fact]
    public void Translate_UnknownName_RespellsByRule()
    {
        var span = Assert.Single(QueryTranslator.Default.Translate("Blinkenn"));

        Assert.Equal(TranslationSource.NameRule, span.Source);
        Assert.Contains("blinken", span.Renderings);
    }
}

using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Telegram.Digest;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Tests.Digest;

/// <summary>The digest's own words follow Digest:Language; quoted sentences are marked when they are in the other language.</summary>
public sealed class DigestRendererLanguageTests
{
    private const string Indonesian = "Menteri Pertahanan Amerika Serikat Lloyd Austin berbicara dengan Menteri Pertahanan Rusia Sergei Shoigu melalui telepon pada hari Jumat.";
    private const string English = "The defence ministers of the United States and Russia spoke by phone on Friday, the first call in months.";

    private static StorySummary Summary(string sentence, string? outlet, bool stated)
    {
        var articles = new[]
        {
            new Article("a", "Menhan AS Teleponan dengan Rusia", outlet, new PublicationDate(new DateOnly(2022, 10, 22), null, null, stated, "test"), [], [], null, [], "a"),
            new Article("b", "Menhan Rusia Diskusikan Nasib Ukraina", "Jurnas.com", new PublicationDate(new DateOnly(2022, 10, 23), null, null, true, "test"), [], [], null, [], "b"),
        };
        return new StorySummary(new Story("a", new DateOnly(2022, 10, 21), articles), "Menhan AS Teleponan dengan Rusia", [new SummarySentence(sentence, "a", [1, 2])], articles, IsUpdate: true);
    }

    [Fact]
    public void Render_EnglishDigestOfIndonesianQuotes_EnglishWordsAndAQuotedNote()
    {
        var plain = TelegramHtml.ToPlainText(string.Concat(DigestRenderer.Render(Summary(Indonesian, null, stated: false), ReplyLanguage.English)));

        Assert.StartsWith("Update: Menhan AS Teleponan dengan Rusia (21 October 2022)", plain, StringComparison.Ordinal);
        Assert.Contains("Quoted from the Indonesian reports.", plain, StringComparison.Ordinal);
        Assert.Contains("Sources:", plain, StringComparison.Ordinal);
        Assert.Contains("[1] outlet unknown — Menhan AS Teleponan dengan Rusia, about 22 October 2022", plain, StringComparison.Ordinal);
        Assert.Contains("[2] Jurnas.com — Menhan Rusia Diskusikan Nasib Ukraina, 23 October 2022", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Sumber", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Oktober", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishDigestOfAnEnglishSummary_NoQuotedNote()
    {
        var plain = TelegramHtml.ToPlainText(string.Concat(DigestRenderer.Render(Summary(English, "TribunWow", stated: true), ReplyLanguage.English)));

        Assert.DoesNotContain("Quoted from", plain, StringComparison.Ordinal);
        Assert.Contains("[1] TribunWow — Menhan AS Teleponan dengan Rusia, 22 October 2022", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IndonesianDigest_IndonesianWords()
    {
        var plain = TelegramHtml.ToPlainText(string.Concat(DigestRenderer.Render(Summary(Indonesian, null, stated: false), ReplyLanguage.Indonesian)));

        Assert.StartsWith("Pembaruan: Menhan AS Teleponan dengan Rusia (21 Oktober 2022)", plain, StringComparison.Ordinal);
        Assert.Contains("Sumber:", plain, StringComparison.Ordinal);
        Assert.Contains("[1] media tidak diketahui — Menhan AS Teleponan dengan Rusia, sekitar 22 Oktober 2022", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Dikutip", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("id", false)]
    [InlineData(null, false)]
    public void LanguageFor_ConfiguredOrTheSummarysOwn(string? configured, bool english)
    {
        Assert.Equal(english ? ReplyLanguage.English : ReplyLanguage.Indonesian, DigestRenderer.LanguageFor(configured, Summary(Indonesian, null, stated: true)));
    }
}

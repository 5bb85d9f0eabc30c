using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Kapan terakhir kali Austin menelepon Shoigu?", TextLanguage.Indonesian)]
    [InlineData("Siapa Ned Price?", TextLanguage.Indonesian)]
    [InlineData("Berapa total bantuan pemerintahan Biden kepada Kyiv?", TextLanguage.Indonesian)]
    [InlineData("Kapan Menhan AS dan Menhan Rusia pertama kali berbicara lewat telepon sejak invasi dimulai?", TextLanguage.Indonesian)]
    [InlineData("Siapa juru bicara Kementerian Luar Negeri AS yang menanggapi pernyataan Lavrov?", TextLanguage.Indonesian)]
    [InlineData("Austin menelepon Shoigu", TextLanguage.Indonesian)]
    [InlineData("When did Austin last call Shoigu?", TextLanguage.English)]
    [InlineData("Who is Kirby?", TextLanguage.English)]
    [InlineData("How long did the May phone call last?", TextLanguage.English)]
    [InlineData("Who initiated the May call?", TextLanguage.English)]
    [InlineData("Where will Biden and Putin possibly meet next month?", TextLanguage.English)]
    [InlineData("Shoigu refused talks", TextLanguage.English)]
    [InlineData("Did Shoigu and Austin meet?", TextLanguage.English)]
    [InlineData("What is the capital of Australia?", TextLanguage.English)]
    [InlineData("Apa kata Price tentang Lavrov?", TextLanguage.Indonesian)]
    [InlineData("Berapa lama telepon bulan Mei?", TextLanguage.Indonesian)]
    [InlineData("Siapa penulis artikel Jitunews?", TextLanguage.Indonesian)]
    public void Detect_Question_ReturnsItsLanguage(string text, TextLanguage expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?! 2022")]
    public void Detect_NoWords_ReturnsUnknown(string text)
    {
        Assert.Equal(TextLanguage.Unknown, LanguageDetector.Detect(text));
    }
}

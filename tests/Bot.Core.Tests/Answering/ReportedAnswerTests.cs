using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Spans;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>What/why/how answers quote the whole supporting sentence and say who said it and where.</summary>
public sealed class ReportedAnswerTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Build(
    [
        ArticleParser.Parse("dam", """
            Bendungan Jebol di Sukamaju
            kabardesa.com
            4 Maret 2023, 09:00 WIB

            Sukamaju, Kabardesa -- Bendungan Sukamaju jebol pada Jumat malam dan merendam tiga desa di sekitarnya.
            "Warga kami evakuasi ke balai desa karena air terus naik," kata Kepala Desa Sukamaju Budi Santoso kepada wartawan.
            Hujan deras mengguyur kawasan itu selama dua hari sebelumnya.
            """, "dam.txt"),
    ]));

    [Theory]
    [InlineData("\"Warga kami evakuasi,\" kata Kepala Desa Sukamaju Budi Santoso kepada wartawan.", "Budi Santoso")]
    [InlineData("Juru bicara Pentagon John Kirby mengatakan Austin meminta gencatan senjata.", "John Kirby")]
    [InlineData("Sebelumnya, Kirby mengatakan Shoigu menolak berbicara.", "Kirby")]
    [InlineData("Menurut Fredrich, kliennya tidak akan hadir.", "Fredrich")]
    [InlineData("\"We do not see it,\" Blinken said at a news conference.", "Blinken")]
    [InlineData("\"Kalau dipanggil sebaiknya datang,\" kata Juru Bicara KPK Febri Diansyah di Gedung KPK, Jakarta.", "Febri Diansyah")]
    public void SpeakerOf_ReportedSpeech_IsTheNameWithoutItsTitle(string sentence, string speaker)
        => Assert.Equal(speaker, Attribution.SpeakerOf(sentence));

    [Theory]
    [InlineData("Bendungan Sukamaju jebol pada Jumat malam dan merendam tiga desa.")]
    [InlineData("Hujan deras mengguyur kawasan itu selama dua hari.")]
    public void SpeakerOf_NarrationWithoutSpeech_IsNobody(string sentence)
        => Assert.Null(Attribution.SpeakerOf(sentence));

    [Fact]
    public void Answer_WhyQuestion_QuotesTheWholeSentenceWithSpeakerAndOutlet()
    {
        var answer = new ExtractiveAnswerer(Knowledge.Value).Answer("Mengapa warga dievakuasi ke balai desa?");

        Assert.True(answer.Answered, answer.Text);
        Assert.True(answer.Text.StartsWith("Budi Santoso mengatakan, dikutip dari Kabardesa.com: “", StringComparison.Ordinal), answer.Text);
        Assert.Contains("kata Kepala Desa Sukamaju Budi Santoso kepada wartawan", answer.Text, StringComparison.Ordinal);
    }
}

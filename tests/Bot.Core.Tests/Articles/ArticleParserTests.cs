using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleParserTests
{
    private const string Page = """
        Konflik Rusia Vs Ukraina
        Menhan AS dan Rusia Bicara Lewat Telepon untuk Pertama Kali
        14 Mei 2022, 19:33 WIB
        Menteri Pertahanan AS Lloyd Austin. (Foto: Twitter.com/@SecDef)

        JAKARTA, Warta.com - Menteri Pertahanan AS berbicara dengan Menteri Pertahanan Rusia lewat telepon.

         Baca Juga: Berita Lain yang Tidak Ada Hubungannya

        Swiss Cairkan Aset Rusia yang Dibekukan oleh Uni Eropa

        Panggilan itu berlangsung sekitar satu jam.

        Kunjungi situs resmi kami di warta.com untuk informasi terbaru.***

        Halaman:
          • Penulis: anung aulia malik
        Editor: Yulian Fahmi
        Sumber: AFP

        KEYWORD :

        Amerika Serikat Perang Rusia
        Leave a Reply
        """;

    private static Article Parse() => ArticleParser.Parse("x", Page, "x.txt");

    [Fact]
    public void Parse_TakesTitleAfterShortSectionLabel()
        => Assert.Equal("Menhan AS dan Rusia Bicara Lewat Telepon untuk Pertama Kali", Parse().Title);

    [Fact]
    public void Parse_ReadsDateTimeAndZone()
    {
        var published = Parse().Published!;

        Assert.Equal(new DateOnly(2022, 5, 14), published.Date);
        Assert.Equal(new TimeOnly(19, 33), published.Time);
        Assert.Equal("WIB", published.TimeZone);
        Assert.True(published.Stated);
    }

    [Fact]
    public void Parse_ReadsBylineEditorAndWireSource()
    {
        var article = Parse();

        Assert.Equal(["Anung Aulia Malik"], article.Authors);
        Assert.Equal(["Yulian Fahmi"], article.Editors);
        Assert.Equal("AFP", article.WireSource);
    }

    [Fact]
    public void Parse_TakesOutletFromDatelineAndStripsIt()
    {
        var article = Parse();

        Assert.Equal("Warta.com", article.Outlet);
        Assert.StartsWith("Menteri Pertahanan AS berbicara", article.Blocks.First(b => b.Kind == BlockKind.Lead).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DropsCrossLinksPromosTeasersAndEverythingAfterEndMarker()
    {
        var text = string.Join('\n', Parse().Blocks.Select(b => b.Text));

        Assert.DoesNotContain("Baca Juga", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Swiss Cairkan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kunjungi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Perang Rusia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", text, StringComparison.Ordinal);
        Assert.Contains("Panggilan itu berlangsung sekitar satu jam.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarksPhotoCaptionsAsCaptions()
    {
        var caption = Assert.Single(Parse().Blocks, b => b.Kind == BlockKind.Caption);

        Assert.Contains("(Foto: Twitter.com/@SecDef)", caption.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRIBUNWOW.COM - Setelah lama putus komunikasi.", "Dikutip TribunWow dari rt.", "TribunWow")]
    [InlineData("LINGKAR KEDIRI - Menteri Pertahanan AS berbicara.", "Isi lain.", "Lingkar Kediri")]
    [InlineData("WASHINGTON, JITUNEWS.COM - Menteri Pertahanan AS berbicara.", "Isi lain.", "Jitunews.com")]
    public void Parse_OutletIsSpelledAsTheArticleSpellsIt(string dateline, string more, string outlet)
    {
        var article = ArticleParser.Parse("x", $"Judul Berita yang Cukup Panjang Sekali\n\n{dateline}\n\n{more}", "x.txt");

        Assert.Equal(outlet, article.Outlet);
    }
}

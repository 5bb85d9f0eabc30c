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

    [Theory]
    [InlineData("cnnindonesia.com", "Jakarta, CNN Indonesia -- Komisi Pemberantasan Korupsi meminta Setya Novanto datang.", "CNN Indonesia")]
    [InlineData("poskotanews.com", "JAKARTA (Pos Kota) – Pemeriksaan polisi terhadap mobil itu selesai.", "Pos Kota")]
    [InlineData("antaranews.com", "Jakarta (ANTARA News) - Ketua DPR kembali tidak memenuhi panggilan.", "ANTARA News")]
    [InlineData("kumparan.co", "Toyota bersedia mengikuti investigasi polisi.", "Kumparan.co")]
    public void Parse_DomainLineTakesTheBrandTheTextSpellsWithItsLetters(string domainLine, string lead, string outlet)
    {
        var article = ArticleParser.Parse("x", $"Judul Berita yang Cukup Panjang Sekali\n{domainLine}\n\n{lead}\n\nIsi lain.", "x.txt");

        Assert.Equal(outlet, article.Outlet);
        Assert.DoesNotContain("--", article.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kompas.com - 14/05/2022, 10:00 WIB", "Kompas.com", 2022, 5, 14)]
    [InlineData("CNN Indonesia | Senin, 14/11/2017 17:08 WIB", "CNN Indonesia", 2017, 11, 14)]
    [InlineData("14 Mei 2022 | Jitunews", "Jitunews", 2022, 5, 14)]
    public void Parse_DateLineWithABrandGivesOutletAndDate(string dateLine, string outlet, int year, int month, int day)
    {
        var article = ArticleParser.Parse("x", $"Judul Berita yang Cukup Panjang Sekali\n{dateLine}\n\nMenteri berbicara lewat telepon.", "x.txt");

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(new DateOnly(year, month, day), article.Published!.Date);
        Assert.True(article.Published.Stated);
    }

    [Fact]
    public void Parse_SentenceOpeningWithCommaAndDashIsNoDateline()
    {
        var article = ArticleParser.Parse("x", "Judul Berita yang Cukup Panjang Sekali\n\nMenurut Febri, KPK - sebagai lembaga - tetap bekerja.\n", "x.txt");

        Assert.Null(article.Outlet);
    }
}

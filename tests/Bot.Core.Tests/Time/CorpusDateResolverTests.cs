using Bot.Core.Articles;
using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class CorpusDateResolverTests
{
    /// <summary>Short sentences from the five articles in articles/, with their date lines as the loader reads them.</summary>
    private static readonly ArticleSentences[] Corpus =
    [
        new("000_084d38799ffd8e70", Stated("2022-05-14"),
        [
            "Menteri Pertahanan AS Lloyd Austin dan  Sergei Shoigu dari Rusia pada 13 Mei melakukan percakapan telepon untuk pertama kalinya sejak perang di Ukraina pecah pada bulan Februari.",
            "Percakapan telepon terakhir antara Tuan Shoigu dan Tuan Austin terjadi pada 18 Februari.",
        ]),
        new("001_8768344d75db6feb", Stated("2022-05-14"),
        [
            "Dalam sebuah postingan di Twitter pada Jumat (13/5), Austin mengkonfirmasi bahwa pembicaraan antara dirinya dengan Shoigu tersebut merupakan yang pertama sejak 18 Februari 2022.",
            "Austin telah mencoba beberapa kali untuk berbicara dengan Shoigu sejak invasi Moskow ke tetangganya dimulai pada 24 Februari.",
        ]),
        new("002_cf56b5f3342129bc", null,
        [
            "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.",
            "Seperti yang diketahui, terakhir kali Rusia dan AS melakukan kontak adalah pada Mei 2022 lalu.",
        ]),
        new("003_42ef1aef511d5886", null,
        [
            "A Ukrainian soldier helps a wounded fellow soldier on the road in the freed territory in the Kharkiv region, Ukraine, Monday, Sept. 12, 2022.",
            "Ukrainian troops retook a wide swath of territory from Russia on Monday, pushing all the way back to the northeastern border in some places.",
            "Kementerian Pertahanan (Kemhan) Rusia pada Jumat (21/10/2022) mengatakan bahwa keduanya berdiskusi terkait situasi global terkini.",
            "Pentagon juga mengkonfirmasi kontak dengan Shoigu pada hari Jumat.",
            "Panggilan telepon terakhir antara Shoigu dan Austin sendiri terjadi pada bulan Mei lalu.",
            "“Dua pejabat tinggi membahas masalah keamanan internasional, termasuk situasi di Ukraina melalui telepon,” tulis pernyataan resmi itu dikutip Russia Today.",
        ]),
        new("004_bb1398280388c682", Stated("2024-11-22"),
        [
            "Kepala pertahanan Amerika Serikat (AS) dan Rusia berbicara lewat sambungan telepon untuk pertama kalinya dalam beberapa bulan pada Jumat (21/10) waktu setempat.",
            "Para kepala pertahanan terakhir berbicara pada 13 Mei ketika Austin mendesak Moskow melakukan gencatan senjata segera di Ukraina.",
            "Blinken bertemu dengan Menteri Luar Negeri Rusia Sergei Lavrov pada Januari untuk memperingatkan konsekuensi atas invasi.",
            "Biden dan Putin sama-sama meremehkan kemungkinan mereka akan berbicara bulan depan di sela-sela KTT Kelompok 20 di Bali.",
        ]),
    ];

    /// <summary>(article, sentence index) -> resolved mentions of that sentence in the five-article corpus.</summary>
    public static TheoryData<string, int, string> CorpusSentences => new()
    {
        { "000_084d38799ffd8e70", 0, "13 Mei=2022-05-13; bulan Februari=2022-02" },
        { "000_084d38799ffd8e70", 1, "18 Februari=2022-02-18" },
        { "001_8768344d75db6feb", 0, "Jumat (13/5)=2022-05-13; 18 Februari 2022=2022-02-18" },
        { "002_cf56b5f3342129bc", 0, "Jumat (21/10/2022) kemarin=2022-10-21" },
        { "002_cf56b5f3342129bc", 1, "Mei 2022 lalu=2022-05" },
        { "003_42ef1aef511d5886", 1, "Monday=2022-09-12" },
        { "003_42ef1aef511d5886", 3, "hari Jumat=2022-10-21" },
        { "003_42ef1aef511d5886", 4, "bulan Mei lalu=2022-05" },
        { "003_42ef1aef511d5886", 5, "" },
        { "004_bb1398280388c682", 0, "Jumat (21/10)=2022-10-21" },
        { "004_bb1398280388c682", 1, "13 Mei=2022-05-13" },
        { "004_bb1398280388c682", 2, "Januari=2022-01" },
        { "004_bb1398280388c682", 3, "bulan depan=2022-11" },
    };

    [Theory]
    [MemberData(nameof(CorpusSentences))]
    public void Resolve_FiveArticles_ResolvesEachSentence(string articleId, int sentence, string expected)
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        Assert.Equal(expected, MentionFormat.Of(dates.For(articleId, sentence)));
    }

    [Fact]
    public void Resolve_WeekdayContradictsDateLine_AnchorsArticleAtEventDate()
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        var mention = Assert.Single(dates.For("004_bb1398280388c682", 1));
        Assert.Contains("anchor 21 October 2022", mention.Reason, StringComparison.Ordinal);
        Assert.Contains("'Jumat (21/10)'", mention.Reason, StringComparison.Ordinal);
        Assert.Equal(MentionFormat.Day("2022-10-21"), dates.ReferenceDate("004_bb1398280388c682"));
        var friday = Assert.Single(dates.For("004_bb1398280388c682", 0));
        Assert.Equal("weekday Jumat fits 21/10 in 2022 (21/10/2024 is a Monday)", friday.Reason);
    }

    [Fact]
    public void Resolve_BareWeekdayAfterDatedSentence_TakesThatDate()
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        var monday = Assert.Single(dates.For("003_42ef1aef511d5886", 1));
        Assert.Equal("'Monday' = 12 September 2022, the Monday named just before as 'Monday, Sept. 12, 2022'", monday.Reason);
    }

    [Fact]
    public void Resolve_WeekdayAgreesWithDateLine_KeepsPublicationDate()
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        Assert.Equal(MentionFormat.Day("2022-05-14"), dates.ReferenceDate("001_8768344d75db6feb"));
    }

    [Fact]
    public void Resolve_NoDateLine_InfersReferenceFromText()
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        Assert.Equal(MentionFormat.Day("2022-10-22"), dates.ReferenceDate("002_cf56b5f3342129bc"));
        Assert.Equal(MentionFormat.Day("2022-10-22"), dates.Latest);
    }

    [Fact]
    public void Resolve_SameDayStatedElsewhere_ReasonRecordsAgreement()
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        var mention = Assert.Single(dates.For("000_084d38799ffd8e70", 1));
        Assert.EndsWith("year 2022 agrees with 1 other article", mention.Reason, StringComparison.Ordinal);
        var may = dates.For("004_bb1398280388c682", 1)[0];
        Assert.EndsWith("year 2022 agrees with 1 other article", may.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WeakYearGuess_TakesYearOtherArticlesState()
    {
        ArticleSentences[] corpus =
        [
            new("a", Stated("2022-05-14"), ["Austin dan Shoigu berbicara pada 13 Mei 2022."]),
            new("b", Stated("2022-05-20"), ["Pembicaraan itu terjadi Jumat (13/5)."]),
            new("c", null, ["Mereka terakhir berbicara pada 13 Mei."]),
            new("d", Stated("2024-01-10"), ["Tidak ada tanggal di sini."]),
        ];

        var dates = new CorpusDateResolver().Resolve(corpus);

        var mention = Assert.Single(dates.For("c", 0));
        Assert.Equal(MentionFormat.Day("2022-05-13"), mention.Date);
        Assert.StartsWith("year 2022 agrees with 2 other articles", mention.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FirmRecentYear_KeepsOwnYearAndNotesDisagreement()
    {
        ArticleSentences[] corpus =
        [
            new("a", Stated("2022-05-14"), ["Austin dan Shoigu berbicara pada 13 Mei 2022."]),
            new("b", Stated("2023-05-20"), ["Mereka berbicara lagi pada 13 Mei."]),
        ];

        var dates = new CorpusDateResolver().Resolve(corpus);

        var mention = Assert.Single(dates.For("b", 0));
        Assert.Equal(MentionFormat.Day("2023-05-13"), mention.Date);
        Assert.Contains("1 other article say 2022", mention.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoDatesAnywhere_ResolvesExplicitDatesOnly()
    {
        ArticleSentences[] corpus = [new("a", null, ["Krisis itu terjadi pada 2019.", "Mereka bertemu Jumat lalu."])];

        var dates = new CorpusDateResolver().Resolve(corpus);

        Assert.Equal("2019=2019", MentionFormat.Of(dates.For("a", 0)));
        Assert.Empty(dates.For("a", 1));
        Assert.Null(dates.Latest);
    }

    [Fact]
    public void For_UnknownArticleOrSentence_ReturnsEmpty()
    {
        var dates = new CorpusDateResolver().Resolve(Corpus);

        Assert.Empty(dates.For("missing", 0));
        Assert.Empty(dates.For("000_084d38799ffd8e70", 99));
    }

    private static DateOnly Stated(string iso) => MentionFormat.Day(iso);
}

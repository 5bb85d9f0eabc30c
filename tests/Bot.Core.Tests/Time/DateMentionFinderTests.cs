using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class DateMentionFinderTests
{
    /// <summary>
    /// (sentence, reference date) -> every mention as "text=date", the date cut to its granularity.
    /// Sentences marked "corpus" are copied from the articles in articles/.
    /// </summary>
    public static TheoryData<string, string, string> Sentences => new()
    {
        // corpus 000, published 14 May 2022
        { "Menteri Pertahanan AS Lloyd Austin dan  Sergei Shoigu dari Rusia pada 13 Mei melakukan percakapan telepon untuk pertama kalinya sejak perang di Ukraina pecah pada bulan Februari.", "2022-05-14", "13 Mei=2022-05-13; bulan Februari=2022-02" },
        { "Percakapan telepon terakhir antara Tuan Shoigu dan Tuan Austin terjadi pada 18 Februari.", "2022-05-14", "18 Februari=2022-02-18" },
        { "Sementara itu, pada 12 Mei, wakil kepala misi Rusia untuk PBB, Dmitry Polyansky, mengatakan \"kampanye militer\" Moskow akan berhenti.", "2022-05-14", "12 Mei=2022-05-12" },
        { "Wendy Sherman di Misi Amerika Serikat di Jenewa, Swiss 10 Januari 2022.", "2022-05-14", "10 Januari 2022=2022-01-10" },
        { "Kabar Mengejutkan! Jenderal Ukraina Ini Ungkap Invasi Berakhir pada Akhir Tahun?", "2022-05-14", "" },

        // corpus 001, published 14 May 2022
        { "Dalam sebuah postingan di Twitter pada Jumat (13/5), Austin mengkonfirmasi bahwa pembicaraan antara dirinya dengan Shoigu tersebut merupakan yang pertama sejak 18 Februari 2022.", "2022-05-14", "Jumat (13/5)=2022-05-13; 18 Februari 2022=2022-02-18" },
        { "Austin telah mencoba beberapa kali untuk berbicara dengan Shoigu sejak invasi Moskow ke tetangganya dimulai pada 24 Februari, tetapi para pejabat mengatakan pihak Rusia tampaknya tidak tertarik.", "2022-05-14", "24 Februari=2022-02-24" },
        { "Swiss Cairkan Aset Rusia Senilai $3.4 M yang Dibekukan oleh Uni Eropa", "2022-05-14", "" },

        // corpus 002, published about 22 October 2022
        { "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.", "2022-10-22", "Jumat (21/10/2022) kemarin=2022-10-21" },
        { "Seperti yang diketahui, terakhir kali Rusia dan AS melakukan kontak adalah pada Mei 2022 lalu.", "2022-10-22", "Mei 2022 lalu=2022-05" },

        // corpus 003, published about 21 October 2022
        { "A Ukrainian soldier helps a wounded fellow soldier on the road in the freed territory in the Kharkiv region, Ukraine, Monday, Sept. 12, 2022.", "2022-10-21", "Monday, Sept. 12, 2022=2022-09-12" },
        { "Ukrainian troops retook a wide swath of territory from Russia on Monday, pushing all the way back to the northeastern border.", "2022-09-13", "Monday=2022-09-12" },
        { "Kementerian Pertahanan (Kemhan) Rusia pada Jumat (21/10/2022) mengatakan bahwa keduanya berdiskusi terkait situasi global terkini.", "2022-10-21", "Jumat (21/10/2022)=2022-10-21" },
        { "Pentagon juga mengkonfirmasi kontak dengan Shoigu pada hari Jumat.", "2022-10-22", "hari Jumat=2022-10-21" },
        { "Panggilan telepon terakhir antara Shoigu dan Austin sendiri terjadi pada bulan Mei lalu.", "2022-10-21", "bulan Mei lalu=2022-05" },
        { "Itu adalah percakapan langsung pertama antara para pejabat sejak Rusia mengirim pasukan ke Ukraina pada akhir Februari.", "2022-10-21", "akhir Februari=2022-02" },
        { "Sejauh ini, nilai total bantuan yang diberikan di bawah Biden kepada Kyiv telah mencapai hampir US$ 17 miliar (Rp 264 triliun).", "2022-10-21", "" },
        { "“Kontak bilateral antara pejabat Rusia dan Amerika telah menurun selama bertahun-tahun,” menurut kedua pemerintah.", "2022-10-21", "" },

        // corpus 004, read against its event date (the corpus resolver anchors it there)
        { "Kepala pertahanan Amerika Serikat (AS) dan Rusia berbicara lewat sambungan telepon untuk pertama kalinya dalam beberapa bulan pada Jumat (21/10) waktu setempat.", "2024-11-22", "Jumat (21/10)=2022-10-21" },
        { "Para kepala pertahanan terakhir berbicara pada 13 Mei ketika Austin mendesak Moskow melakukan gencatan senjata segera di Ukraina.", "2022-10-21", "13 Mei=2022-05-13" },
        { "Blinken bertemu dengan Menteri Luar Negeri Rusia Sergei Lavrov pada Januari untuk memperingatkan konsekuensi atas invasi.", "2022-10-21", "Januari=2022-01" },
        { "Sejak itu, Blinken menolak untuk bertemu Lavrov tetapi berbicara dengannya melalui telepon pada Juli dalam upaya untuk membebaskan orang Amerika.", "2022-10-21", "Juli=2022-07" },
        { "Kedua kekuatan nuklir tersebut tidak memiliki saluran belakang seperti yang digunakan 60 tahun lalu bulan ini selama krisis rudal Kuba.", "2022-10-21", "60 tahun lalu=1962; bulan ini=2022-10" },
        { "Biden dan Putin sama-sama meremehkan kemungkinan mereka akan berbicara bulan depan di sela-sela KTT Kelompok 20 di Bali.", "2022-10-21", "bulan depan=2022-11" },

        // weekday picks the year; without a weekday the most recent day on or before the reference
        { "Jumat (13/5) pembicaraan berlangsung.", "2024-11-22", "Jumat (13/5)=2022-05-13" },
        { "Sabtu (22/10) warga berkumpul.", "2022-10-22", "Sabtu (22/10)=2022-10-22" },
        { "Putin akan bertemu Biden pada Jumat (25/11).", "2022-10-22", "Jumat (25/11)=2022-11-25" },
        { "Pada Jum'at (21/10/2022) keduanya berbicara.", "2022-10-25", "Jum'at (21/10/2022)=2022-10-21" },
        { "Senin, 12 September 2022 pasukan Ukraina maju.", "2022-10-22", "Senin, 12 September 2022=2022-09-12" },
        { "Rapat digelar 13 Desember di Jenewa.", "2022-05-14", "13 Desember=2021-12-13" },
        { "Jadwal (21/10) sudah ditetapkan.", "2022-10-22", "(21/10)=2022-10-21" },
        { "Laporan diterbitkan 21/10/2022 oleh kementerian.", "2023-01-05", "21/10/2022=2022-10-21" },
        { "Pertemuan dijadwalkan 2022-10-21 di Jenewa.", "2023-01-05", "2022-10-21=2022-10-21" },

        // English
        { "The call took place on Friday.", "2022-10-22", "Friday=2022-10-21" },
        { "Austin last spoke with Shoigu on May 13.", "2022-10-22", "May 13=2022-05-13" },
        { "The talks were held on September 12.", "2022-10-22", "September 12=2022-09-12" },
        { "Troops retook territory on 12 September 2022.", "2023-01-05", "12 September 2022=2022-09-12" },
        { "The war began on Feb. 24.", "2022-10-22", "Feb. 24=2022-02-24" },
        { "The Pentagon said Oct. 21 was the first call since May.", "2022-10-22", "Oct. 21=2022-10-21; May=2022-05" },
        { "Austin spoke with Shoigu last Friday.", "2022-10-22", "last Friday=2022-10-21" },
        { "They had not spoken since last May.", "2022-10-22", "last May=2022-05" },
        { "You may call him today.", "2022-10-22", "today=2022-10-22" },
        { "Two years ago the talks collapsed.", "2022-10-22", "Two years ago=2020" },
        { "Last year the talks collapsed.", "2022-10-22", "Last year=2021" },
        { "The 2022 report was published in late March.", "2022-10-22", "2022=2022; late March=2022-03" },

        // relative words and month parts
        { "Kemarin, Austin menelepon Shoigu.", "2022-10-22", "Kemarin=2022-10-21" },
        { "Rusia menginvasi Ukraina tahun lalu.", "2023-03-01", "tahun lalu=2022" },
        { "Sumber mengatakan dua tahun lalu hubungan membaik.", "2022-10-22", "dua tahun lalu=2020" },
        { "Krisis itu terjadi pada 2019.", "2022-10-22", "2019=2019" },
        { "Mereka bertemu Jumat lalu.", "2022-10-21", "Jumat lalu=2022-10-14" },
        { "Mereka bertemu Jumat.", "2022-10-21", "Jumat=2022-10-21" },
        { "Mereka berbicara Mei lalu.", "2022-05-20", "Mei lalu=2021-05" },
        { "Pertemuan digelar pertengahan Juni.", "2022-10-22", "pertengahan Juni=2022-06" },
        { "Pertemuan digelar awal Maret.", "2022-10-22", "awal Maret=2022-03" },
        { "Pada hari Minggu, pasukan tiba.", "2022-10-22", "hari Minggu=2022-10-16" },

        { "Pertemuan serupa digelar Oktober tahun lalu.", "2022-10-22", "Oktober tahun lalu=2021-10" },
        { "The last call was on May 13 last year.", "2023-02-01", "May 13 last year=2022-05-13" },

        { "Mereka bertemu pada Sabtu pekan lalu.", "2022-10-22", "Sabtu pekan lalu=2022-10-15" },
        { "Pameran digelar 13-14 Mei 2022 di Jakarta.", "2022-10-22", "13-14 Mei 2022=2022-05-13" },
        { "Latihan Sabtu-Minggu (22-23/10) digelar.", "2022-10-24", "Sabtu=2022-10-22; Minggu=2022-10-23; (22-23/10)=2022-10-22" },
        { "They will meet next Monday.", "2022-10-22", "next Monday=2022-10-24" },

        { "Fighting intensified in mid-May.", "2022-10-22", "mid-May=2022-05" },
        { "Russia sent troops at the end of February.", "2022-10-22", "the end of February=2022-02" },
        { "The report from Mar 2022 was cited.", "2022-10-22", "Mar 2022=2022-03" },
        { "The call came on October 21st.", "2022-10-22", "October 21st=2022-10-21" },
        { "The call came on the 21st of October.", "2022-10-22", "21st of October=2022-10-21" },
        { "Presiden Joko Widodo pada Kamis (20/10) mengatakan hal itu.", "2022-10-22", "Kamis (20/10)=2022-10-20" },
        { "UU No. 11 Tahun 2020 tentang Cipta Kerja.", "2022-10-22", "Tahun 2020=2020" },

        { "Kesepakatan diteken 12 Agt 2022 dan diumumkan 5 Des.", "2023-01-05", "12 Agt 2022=2022-08-12; 5 Des.=2022-12-05" },
        { "Inflasi tertinggi tercatat Okt 2022, lalu turun pada Jan. 2023.", "2023-03-01", "Okt 2022=2022-10; Jan. 2023=2023-01" },

        // not dates
        { "They march on the capital.", "2022-10-22", "" },
        { "Sebanyak 2.019 orang mengungsi, harga naik Rp 2.000 triliun.", "2022-10-22", "" },
        { "Jan Egeland said aid would arrive.", "2022-10-22", "" },
        { "Baca selengkapnya di halaman (1/2) berikut.", "2022-10-22", "" },
        { "Pukul 19:33 WIB pasukan tiba.", "2022-10-22", "" },
        { "Pasukan mengirim 2019 tentara ke perbatasan.", "2022-10-22", "" },
        { "Beberapa hari lalu, pejabat itu berbicara.", "2022-10-22", "" },
        { "Beberapa minggu terakhir situasi memanas.", "2022-10-22", "" },
        { "Dalam 24 jam terakhir, 17 miliar dolar dikirim.", "2022-10-22", "" },
        { "Harga naik 2,5 persen pada 2021.", "2022-10-22", "2021=2021" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Find_Sentence_ResolvesEveryMention(string sentence, string reference, string expected)
    {
        var mentions = DateMentionFinder.Find(sentence, MentionFormat.Day(reference));

        Assert.Equal(expected, MentionFormat.Of(mentions));
    }

    [Fact]
    public void Find_WeekdayPicksEarlierYear_ReasonNamesBothYears()
    {
        var mention = Assert.Single(DateMentionFinder.Find("Jumat (21/10) waktu setempat.", MentionFormat.Day("2024-11-22")));

        Assert.Equal("weekday Jumat fits 21/10 in 2022 (21/10/2024 is a Monday)", mention.Reason);
    }

    [Fact]
    public void Find_DayMonthWithoutWeekday_ReasonNamesPublicationDate()
    {
        var mention = Assert.Single(DateMentionFinder.Find("pada 13 Mei", MentionFormat.Day("2022-05-14")));

        Assert.StartsWith("year from publication date 14 May 2022", mention.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DayMonthAfterPublicationInItsYear_ReasonSaysYearBefore()
    {
        var mention = Assert.Single(DateMentionFinder.Find("pada 13 Desember", MentionFormat.Day("2022-05-14")));

        Assert.Equal("year from publication date 14 May 2022, the most recent 13 December before it", mention.Reason);
    }

    [Fact]
    public void Find_MonthLalu_ReasonSaysLastMonthBeforeReference()
    {
        var mention = Assert.Single(DateMentionFinder.Find("pada bulan Mei lalu", MentionFormat.Day("2022-10-21")));

        Assert.Equal("'bulan Mei lalu' = the last May before publication date 21 October 2022: May 2022", mention.Reason);
        Assert.Equal(DateGranularity.Month, mention.Granularity);
    }

    [Fact]
    public void Find_ExplicitYearAgainstWrongWeekday_ExplicitYearWins()
    {
        var mention = Assert.Single(DateMentionFinder.Find("Sabtu (21/10/2022)", MentionFormat.Day("2022-10-25")));

        Assert.Equal(MentionFormat.Day("2022-10-21"), mention.Date);
        Assert.Contains("explicit year wins", mention.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_Mention_SpanPointsAtText()
    {
        const string sentence = "Kementerian Pertahanan Rusia pada Jumat (21/10/2022) mengatakan.";

        var mention = Assert.Single(DateMentionFinder.Find(sentence, MentionFormat.Day("2022-10-22")));

        Assert.Equal("Jumat (21/10/2022)", sentence.Substring(mention.Start, mention.Length));
        Assert.Equal(mention.Text, sentence.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("Rusia menuduh AS meningkatkan ketegangan atas Ukraina.", false)]
    [InlineData("Desakan tersebut ia lontarkan setelah pasukan militer Rusia melanjutkan serangan.", false)]
    [InlineData("Keduanya berbicara pada hari Jumat.", true)]
    [InlineData("Pada Mei keduanya berbicara.", true)]
    [InlineData("Sekitar 17 miliar dolar.", true)]
    public void MayContainDate_Sentence_RejectsOnlyDatelessText(string sentence, bool expected)
    {
        Assert.Equal(expected, DateMentionFinder.MayContainDate(sentence));
    }
}

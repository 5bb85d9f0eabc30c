using Bot.Core.Summaries;

namespace Bot.Core.Tests.Summaries;

public sealed class SentenceCleanerTests
{
    private static string? Clean(string sentence) => SentenceCleaner.Clean(sentence, SummaryOptions.Default.MaxDatelineLength);

    [Theory]
    [InlineData("TRIBUNWOW.COM - Setelah lama putus komunikasi, menteri bicara.", "Setelah lama putus komunikasi, menteri bicara.")]
    [InlineData("LINGKAR KEDIRI - Menteri Pertahanan AS bicara.", "Menteri Pertahanan AS bicara.")]
    [InlineData("JAKARTA, KOMPAS.com – Presiden meresmikan bendungan.", "Presiden meresmikan bendungan.")]
    [InlineData("Jakarta, CNN Indonesia - - Pelatih fisik timnas Portugal yakin Ronaldo tak akan pensiun.", "Pelatih fisik timnas Portugal yakin Ronaldo tak akan pensiun.")]
    [InlineData("Wamena (ANTARA News) - Pemerintah Kabupaten Jayawijaya mendatangkan tim arkeolog.", "Pemerintah Kabupaten Jayawijaya mendatangkan tim arkeolog.")]
    [InlineData("SPANYOL – Barcelona berhasil memboyong kemenangan besar.", "Barcelona berhasil memboyong kemenangan besar.")]
    [InlineData("Jakarta, 23 Oktober 2022 — Menteri berbicara lewat telepon.", "Menteri berbicara lewat telepon.")]
    [InlineData("- Meski sempat menghilang, hubungan keduanya membaik.", "Meski sempat menghilang, hubungan keduanya membaik.")]
    public void Clean_Dateline_Dropped(string sentence, string expected)
    {
        Assert.Equal(expected, Clean(sentence));
    }

    [Theory]
    [InlineData("AS dan Rusia berbicara - lagi.")]
    [InlineData("Plot sekuel film James Bond ke - 25 bocor tak lama setelah pengumuman.")]
    [InlineData("Menhan AS-Rusia Teleponan Bareng membahas nuklir.")]
    [InlineData("Presiden Joko Widodo - yang baru tiba - langsung meninjau lokasi.")]
    public void Clean_DashInsideASentence_Kept(string sentence)
    {
        Assert.Equal(sentence, Clean(sentence));
    }

    [Theory]
    [InlineData("Rimanews - Pasangan ganda putra Indonesia mengincar gelar juara dunia.", "rimanews", "Pasangan ganda putra Indonesia mengincar gelar juara dunia.")]
    [InlineData("Kompas - Presiden meresmikan bendungan.", "Kompas.com", "Presiden meresmikan bendungan.")]
    [InlineData("Jokowi - yang baru tiba - langsung meninjau lokasi.", "kompas", "Jokowi - yang baru tiba - langsung meninjau lokasi.")]
    public void Clean_OutletNameAloneBeforeTheDash_Dropped(string sentence, string outlet, string expected)
    {
        Assert.Equal(expected, SentenceCleaner.Clean(sentence, SummaryOptions.Default.MaxDatelineLength, outlet));
    }

    [Theory]
    [InlineData("Namun, di film itu Draco terbunuh. (ant/ded)", "Namun, di film itu Draco terbunuh.")]
    [InlineData("Keduanya bertemu di Jakarta. [PageSix.com]", "Keduanya bertemu di Jakarta.")]
    [InlineData("Kedua menteri berbicara pada Jumat (21/10)", "Kedua menteri berbicara pada Jumat (21/10)")]
    [InlineData("Hal itu disampaikan Menteri Pertahanan Amerika Serikat (AS)", "Hal itu disampaikan Menteri Pertahanan Amerika Serikat (AS)")]
    public void Clean_TrailingDeskCredit_DroppedButDatesAndAcronymsStay(string sentence, string expected)
    {
        Assert.Equal(expected, Clean(sentence));
    }

    [Theory]
    [InlineData("Baca juga: Setya Novanto: Jangan Sampai Kisruh Taksi dan Ojek Online Jadi Besar")]
    [InlineData("Saksikan video pilihan di bawah ini.")]
    [InlineData("Download aplikasi kami untuk berita terkini.")]
    [InlineData("Penulis: Anung Aulia Malik")]
    [InlineData("Merdeka.com -")]
    [InlineData("[PageSix.com]")]
    [InlineData("   ")]
    public void Clean_FurnitureOrNothingLeft_Null(string sentence)
    {
        Assert.Null(Clean(sentence));
    }
}

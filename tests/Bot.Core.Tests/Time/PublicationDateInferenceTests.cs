using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class PublicationDateInferenceTests
{
    [Fact]
    public void Infer_KemarinAfterFullDate_PublishedTheDayAfter()
    {
        // corpus 002 has no date line.
        string[] sentences =
        [
            "TRIBUNWOW.COM - Setelah lama putus komunkasi, Menteri Pertahanan Rusia Sergei Shoigu mendadak mengumumkan telah melakukan diskusi.",
            "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.",
            "Seperti yang diketahui, terakhir kali Rusia dan AS melakukan kontak adalah pada Mei 2022 lalu.",
        ];

        var published = PublicationDateInference.Infer(sentences);

        Assert.NotNull(published);
        Assert.Equal(MentionFormat.Day("2022-10-22"), published.Date);
        Assert.Contains("Jumat (21/10/2022) kemarin", published.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_SeveralFullDates_LatestOneWins()
    {
        // corpus 003 has no date line; its photo caption is older than the story.
        string[] sentences =
        [
            "A Ukrainian soldier helps a wounded fellow soldier in the Kharkiv region, Ukraine, Monday, Sept. 12, 2022.",
            "Kementerian Pertahanan (Kemhan) Rusia pada Jumat (21/10/2022) mengatakan bahwa keduanya berdiskusi.",
            "Panggilan telepon terakhir antara Shoigu dan Austin sendiri terjadi pada bulan Mei lalu.",
        ];

        var published = PublicationDateInference.Infer(sentences);

        Assert.NotNull(published);
        Assert.Equal(MentionFormat.Day("2022-10-21"), published.Date);
        Assert.Contains("Jumat (21/10/2022)", published.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_AnnouncedFutureDate_IgnoredWhenReportedDatesExist()
    {
        string[] sentences =
        [
            "Pertemuan berikutnya akan digelar pada 15 November 2022 di Bali.",
            "Kementerian Pertahanan Rusia pada Jumat (21/10/2022) mengatakan bahwa keduanya berdiskusi.",
        ];

        var published = PublicationDateInference.Infer(sentences);

        Assert.Equal(MentionFormat.Day("2022-10-21"), published?.Date);
    }

    [Fact]
    public void Infer_OnlyAnnouncedDate_UsesIt()
    {
        string[] sentences = ["KTT G20 akan digelar pada 15 November 2022 di Bali."];

        var published = PublicationDateInference.Infer(sentences);

        Assert.Equal(MentionFormat.Day("2022-11-15"), published?.Date);
        Assert.Contains("announced", published?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_NoFullDate_ReturnsNull()
    {
        string[] sentences = ["Pentagon juga mengkonfirmasi kontak dengan Shoigu pada hari Jumat.", "Itu terjadi pada 13 Mei."];

        Assert.Null(PublicationDateInference.Infer(sentences));
    }
}

using System.Globalization;
using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class PublicationDateParserTests
{
    /// <summary>(date line) -> "date time zone", "-" for a missing part.</summary>
    public static TheoryData<string, string> Lines => new()
    {
        { "14 Mei 2022, 19:33 WIB", "2022-05-14 19:33 WIB" },
        { "14 Mei 2022 12:31 WIB", "2022-05-14 12:31 WIB" },
        { "Jum'at, 22/11/2024 17:38 WIB", "2024-11-22 17:38 WIB" },
        { "Senin, 12 September 2022 | 10:15 WIB", "2022-09-12 10:15 WIB" },
        { "2022-05-14T19:33:00+07:00", "2022-05-14 19:33 UTC+07:00" },
        { "May 14, 2022 7:33 PM", "2022-05-14 19:33 -" },
        { "Sabtu, 22 Oktober 2022 - 08.05 WITA", "2022-10-22 08:05 WITA" },
        { "Minggu, 23 Okt 2022 06:00 WIT", "2022-10-23 06:00 WIT" },
        { "Published: Oct. 21, 2022 11:02 AM GMT+7", "2022-10-21 11:02 GMT+7" },
        { "2022-10-21T04:00:00Z", "2022-10-21 04:00 UTC" },
        { "21 October 2022", "2022-10-21 - -" },
        { "  Diperbarui: 14 Mei 2022 pukul 19:33 WIB  ", "2022-05-14 19:33 WIB" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void TryParse_DateLine_ReadsDateTimeAndZone(string line, string expected)
    {
        Assert.True(PublicationDateParser.TryParse(line, out var published));

        var time = published.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-";
        Assert.Equal(expected, $"{published.Date:yyyy-MM-dd} {time} {published.TimeZone ?? "-"}".Replace("/", "-", StringComparison.Ordinal));
        Assert.Equal(line.Trim(), published.Line);
    }

    [Theory]
    [InlineData("Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.")]
    [InlineData("Percakapan telepon terakhir terjadi pada 18 Februari 2022.")]
    [InlineData("31 Februari 2022, 19:33 WIB")]
    [InlineData("14 Mei 2022, 25:33 WIB")]
    [InlineData("Editor: Yulian Fahmi")]
    [InlineData("")]
    public void TryParse_NotADateLine_ReturnsFalse(string line)
    {
        Assert.False(PublicationDateParser.TryParse(line, out _));
    }
}

using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

public sealed class StatedDatesTests
{
    [Theory]
    [InlineData("Austin last spoke with Shoigu on Friday, 21 October 2022 [1].", "2022-10-21")]
    [InlineData("On October 21, 2022 and on May 13, 2022.", "2022-10-21,2022-05-13")]
    [InlineData("Pada Jumat, 21 Oktober 2022 dan 13 Mei 2022.", "2022-10-21,2022-05-13")]
    [InlineData("Keduanya berdiskusi pada Jumat (21/10/2022).", "2022-10-21")]
    [InlineData("Published 2022-10-22; the call was on 21 Okt 2022.", "2022-10-22,2022-10-21")]
    [InlineData("On 13 Sept. 2022.", "2022-09-13")]
    [InlineData("On 31 February 2022, or 21/13/2022.", "")]
    [InlineData("The articles do not say.", "")]
    public void Read_FindsFullDatesInOrderOfMention(string text, string expected)
    {
        var dates = StatedDates.Read(text);

        Assert.Equal(expected, string.Join(',', dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }
}

using Bot.Telegram.Polling;

namespace Bot.Telegram.Tests.Polling;

public sealed class UpdateWatermarkTests
{
    [Fact]
    public void Complete_OutOfOrder_AdvancesOnlyPastContiguouslyHandledUpdates()
    {
        var watermark = new UpdateWatermark(lastHandled: 10);
        foreach (var id in new long[] { 11, 12, 13 })
        {
            Assert.True(watermark.TryBegin(id));
        }

        Assert.Null(watermark.Complete(13));
        Assert.Equal(11, watermark.NextOffset);
        Assert.Equal(11, watermark.Complete(11));
        Assert.Equal(13, watermark.Complete(12));
        Assert.Equal(14, watermark.NextOffset);
    }

    [Fact]
    public void TryBegin_UpdateSeenBefore_Refused()
    {
        var watermark = new UpdateWatermark(lastHandled: 10);

        Assert.False(watermark.TryBegin(10));
        Assert.True(watermark.TryBegin(11));
        Assert.False(watermark.TryBegin(11));
        Assert.Equal(1, watermark.InFlight);
    }

    [Fact]
    public void NextOffset_NothingHandledYet_Null()
    {
        var watermark = new UpdateWatermark(lastHandled: null);
        watermark.TryBegin(500);

        Assert.Null(watermark.NextOffset);
        Assert.Equal(500, watermark.Complete(500));
    }
}

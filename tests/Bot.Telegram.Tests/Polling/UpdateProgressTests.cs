using Bot.Telegram.Polling;
using Telegram.Bot.Types;

namespace Bot.Telegram.Tests.Polling;

public sealed class UpdateProgressTests
{
    [Fact]
    public void NextOffset_BeforeAnyBatch_NullSoPollingStartsFromTheEarliestUnconfirmed()
    {
        Assert.Null(new UpdateProgress().NextOffset());
    }

    [Fact]
    public void Complete_OutOfOrder_OffsetStopsAtTheFirstUnhandledUpdateOfTheBatch()
    {
        var progress = new UpdateProgress();
        progress.Accept(Batch(11, 12, 13));

        progress.Complete(13);
        Assert.Equal(11, progress.NextOffset());
        progress.Complete(11);
        Assert.Equal(12, progress.NextOffset());
        progress.Complete(12);
        Assert.Equal(14, progress.NextOffset());
    }

    [Fact]
    public void Accept_SameUpdatesAgain_OnlyNewOnesStart()
    {
        var progress = new UpdateProgress();
        Assert.Equal([11, 12], progress.Accept(Batch(11, 12)).Select(u => u.Id));

        Assert.Equal([13], progress.Accept(Batch(11, 12, 13)).Select(u => u.Id));
        Assert.Equal(3, progress.InFlight);
    }

    [Fact]
    public void Accept_IdsRestartLower_NewUpdatesStillStartAndTheOffsetFollowsThem()
    {
        var progress = new UpdateProgress();
        progress.Accept(Batch(700_000_001));
        progress.Complete(700_000_001);
        Assert.Equal(700_000_002, progress.NextOffset());

        // After a week without updates Telegram picked new, lower ids.
        var fresh = progress.Accept(Batch(1, 2));
        Assert.Equal([1, 2], fresh.Select(u => u.Id));
        Assert.Equal(1, progress.NextOffset());
        progress.Complete(1);
        progress.Complete(2);
        Assert.Equal(3, progress.NextOffset());
    }

    [Fact]
    public void Accept_EmptyBatch_KeepsTheOffset()
    {
        var progress = new UpdateProgress();
        progress.Accept(Batch(5));
        progress.Complete(5);

        progress.Accept([]);

        Assert.Equal(6, progress.NextOffset());
    }

    private static Update[] Batch(params int[] ids) => [.. ids.Select(id => new Update { Id = id })];
}

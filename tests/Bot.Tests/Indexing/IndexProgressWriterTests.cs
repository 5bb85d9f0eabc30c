using Bot.Core.Search;
using Bot.Hosting;

namespace Bot.Tests.Indexing;

public sealed class IndexProgressWriterTests
{
    [Fact]
    public void Report_WithinTheQuietSecond_ShowsNothing()
    {
        var time = new SteppedTime();
        using var output = new StringWriter();
        var writer = new IndexProgressWriter(output, redraw: false, time);

        time.Advance(TimeSpan.FromMilliseconds(900));
        writer.Report(new IndexProgress(IndexStage.Analysis, 10, 100));
        writer.Finish(100, 800);

        Assert.Equal("", output.ToString());
        Assert.False(writer.Shown);
    }

    [Fact]
    public void Report_OnALongBuild_ShowsEachStageThrottledAndAClosingLine()
    {
        var time = new SteppedTime();
        using var output = new StringWriter();
        var writer = new IndexProgressWriter(output, redraw: false, time);

        time.Advance(TimeSpan.FromSeconds(2));
        writer.Report(new IndexProgress(IndexStage.Dates, 0, 20_000));
        writer.Report(new IndexProgress(IndexStage.Dates, 20_000, 20_000));
        writer.Report(new IndexProgress(IndexStage.Analysis, 64, 20_000));
        writer.Report(new IndexProgress(IndexStage.Analysis, 128, 20_000));
        time.Advance(TimeSpan.FromSeconds(3));
        writer.Report(new IndexProgress(IndexStage.Analysis, 9_000, 20_000));
        time.Advance(TimeSpan.FromSeconds(5));
        writer.Finish(20_000, 151_000);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "indexing: dates of articles 0/20,000",
            "indexing: dates of articles 20,000/20,000",
            "indexing: terms and vectors of articles 64/20,000",
            "indexing: terms and vectors of articles 9,000/20,000",
            "indexed 20,000 articles (151,000 passages) in 10.0 s",
        ], lines);
    }

    [Fact]
    public void Report_OnATerminal_RedrawsOneLine()
    {
        var time = new SteppedTime();
        using var output = new StringWriter();
        var writer = new IndexProgressWriter(output, redraw: true, time);

        time.Advance(TimeSpan.FromSeconds(2));
        writer.Report(new IndexProgress(IndexStage.Analysis, 64, 200));
        time.Advance(TimeSpan.FromSeconds(1));
        writer.Report(new IndexProgress(IndexStage.Analysis, 200, 200));
        writer.Finish(200, 1_500);

        var text = output.ToString();
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.StartsWith("\rindexing: terms and vectors of articles 64/200", text, StringComparison.Ordinal);
        Assert.EndsWith("indexed 200 articles (1,500 passages) in 3.0 s" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

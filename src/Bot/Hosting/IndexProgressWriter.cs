using System.Globalization;
using Bot.Core.Search;

namespace Bot.Hosting;

/// <summary>
/// Shows how far indexing a large folder is, on the error stream: nothing for a build that ends
/// within <see cref="QuietPeriod"/> (a small folder stays silent), then the stage and its count at
/// most every <see cref="Interval"/>, redrawn in place on a terminal and one line at a time when
/// the stream is redirected, and a closing line with the counts and the time.
/// </summary>
internal sealed class IndexProgressWriter : IProgress<IndexProgress>
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _output;
    private readonly bool _redraw;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Lock _gate = new();
    private long _last;
    private IndexStage? _stage;

    public IndexProgressWriter(TextWriter output, bool redraw, TimeProvider? time = null)
    {
        _output = output;
        _redraw = redraw;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>Whether anything was shown (and so a closing line is due).</summary>
    public bool Shown { get; private set; }

    public void Report(IndexProgress value)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_time.GetElapsedTime(_started, now) < QuietPeriod)
            {
                return;
            }

            // A new stage is always shown; within a stage, at most one update per interval
            // (a redirected stream gets fewer, every eight intervals, to keep logs short).
            var interval = _redraw ? Interval : Interval * 8;
            if (value.Stage == _stage && _time.GetElapsedTime(_last, now) < interval && value.Done < value.Total)
            {
                return;
            }

            _stage = value.Stage;
            _last = now;
            var line = string.Create(CultureInfo.InvariantCulture, $"indexing: {StageName(value.Stage)} {value.Done:N0}/{value.Total:N0}");
            if (_redraw)
            {
                _output.Write("\r" + line.PadRight(60));
            }
            else
            {
                _output.WriteLine(line);
            }

            Shown = true;
        }
    }

    /// <summary>The closing line, once something was shown: what was indexed and how long it took.</summary>
    public void Finish(int articles, int passages)
    {
        lock (_gate)
        {
            if (!Shown)
            {
                return;
            }

            if (_redraw)
            {
                _output.Write("\r".PadRight(61) + "\r");
            }

            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed {articles:N0} articles ({passages:N0} passages) in {_time.GetElapsedTime(_started).TotalSeconds:0.0} s"));
        }
    }

    private static string StageName(IndexStage stage) => stage switch
    {
        IndexStage.Passages => "sentences of articles",
        IndexStage.Dates => "dates of articles",
        IndexStage.Analysis => "terms and vectors of articles",
        IndexStage.Embeddings => "embeddings of passages",
        _ => "postings of passages",
    };
}

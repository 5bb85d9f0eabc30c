using System.Diagnostics;
using System.Numerics;

namespace Bot.Bench.Perf;

/// <summary>
/// The physical limit of a brute-force scan on this machine: one thread summing a float array far
/// larger than the caches, with SIMD and four accumulators, in GB/s (10^9 bytes). Keep the best of
/// several passes; interleave passes with the work being compared so both see the same load.
/// </summary>
internal sealed class MemoryBandwidth
{
    private readonly float[] _values;

    public MemoryBandwidth(int megabytes)
    {
        _values = new float[megabytes * 1024L * 1024 / sizeof(float)];
        Array.Fill(_values, 1f);
    }

    /// <summary>The best of <paramref name="runs"/> passes over a fresh array.</summary>
    public static double MeasureGigabytesPerSecond(int megabytes, int runs)
    {
        var probe = new MemoryBandwidth(megabytes);
        var best = 0.0;
        for (var run = 0; run < runs; run++)
        {
            best = Math.Max(best, probe.MeasurePass());
        }

        return best;
    }

    /// <summary>One timed pass over the whole array.</summary>
    public double MeasurePass()
    {
        var started = Stopwatch.GetTimestamp();
        var total = Sum(_values);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        GC.KeepAlive(total);
        return _values.LongLength * sizeof(float) / seconds / 1e9;
    }

    private static float Sum(float[] values)
    {
        var width = Vector<float>.Count;
        Vector<float> a = default, b = default, c = default, d = default;
        var span = values.AsSpan();
        var i = 0;
        for (; i <= span.Length - (4 * width); i += 4 * width)
        {
            a += new Vector<float>(span[i..]);
            b += new Vector<float>(span[(i + width)..]);
            c += new Vector<float>(span[(i + (2 * width))..]);
            d += new Vector<float>(span[(i + (3 * width))..]);
        }

        var sum = Vector.Sum(a + b + c + d);
        for (; i < span.Length; i++)
        {
            sum += span[i];
        }

        return sum;
    }
}

using System.Diagnostics;
using System.Numerics;

namespace Bot.Bench.Perf;

/// <summary>
/// The physical limit of a brute-force scan on this machine: one thread summing a float array far
/// larger than the caches, with SIMD and four accumulators; best of several runs, in GB/s (10^9 bytes).
/// </summary>
internal static class MemoryBandwidth
{
    public static double MeasureGigabytesPerSecond(int megabytes, int runs)
    {
        var values = new float[megabytes * 1024L * 1024 / sizeof(float)];
        Array.Fill(values, 1f);
        var best = double.MaxValue;
        var total = 0f;
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            total += Sum(values);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        GC.KeepAlive(total);
        return values.LongLength * sizeof(float) / best / 1e9;
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

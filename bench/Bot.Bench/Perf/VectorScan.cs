namespace Bot.Bench.Perf;

/// <summary>
/// The brute-force vector scan against the machine's limit: the vector index's bytes over the
/// best time of a scan alone (query vectors embedded beforehand, top 10), beside the best
/// single-thread memory bandwidth measured in passes interleaved with the scans.
/// </summary>
internal sealed record VectorScan(int Passages, int Dimensions, long Bytes, double ScanP50Ms, double ScanBestMs, double GigabytesPerSecond, double MemoryGigabytesPerSecond)
{
    public double ShareOfBandwidth => MemoryGigabytesPerSecond > 0 ? GigabytesPerSecond / MemoryGigabytesPerSecond : 0;
}

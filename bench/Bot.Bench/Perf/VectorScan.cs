namespace Bot.Bench.Perf;

/// <summary>
/// The brute-force vector scan against the machine's limit: the vector index's bytes over the
/// median time of a scan alone (a fixed query vector, no embedding, top 10), beside a
/// single-thread memory bandwidth measured in the same run.
/// </summary>
internal sealed record VectorScan(int Passages, int Dimensions, long Bytes, double ScanP50Ms, double GigabytesPerSecond, double MemoryGigabytesPerSecond)
{
    public double ShareOfBandwidth => MemoryGigabytesPerSecond > 0 ? GigabytesPerSecond / MemoryGigabytesPerSecond : 0;
}

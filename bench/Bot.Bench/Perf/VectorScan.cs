namespace Bot.Bench.Perf;

/// <summary>
/// The brute-force vector scan against the machine's limit: bytes of vectors read per semantic query
/// (passages x dimensions x 4) over the vector-only query's median time (which also includes
/// embedding the query, so this understates the scan), beside a single-thread memory bandwidth.
/// </summary>
internal sealed record VectorScan(int Passages, int? Dimensions, double? GigabytesPerSecond, double MemoryGigabytesPerSecond)
{
    public double? ShareOfBandwidth => GigabytesPerSecond / MemoryGigabytesPerSecond;
}

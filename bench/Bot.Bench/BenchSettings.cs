namespace Bot.Bench;

/// <summary>Every tunable number of the benchmark, in one place.</summary>
internal static class BenchSettings
{
    /// <summary>Hits asked of each retriever per question; distinct articles are then ranked from them.</summary>
    public const int RetrievalDepth = 20;

    /// <summary>Results returned per query in the latency runs (a typical answerer's candidate count).</summary>
    public const int LatencyTop = 10;

    /// <summary>Seed for every sample and shuffle, so two runs see the same questions and distractors.</summary>
    public const int Seed = 20221021;

    /// <summary>Answers before the timed warm-answer run, so JIT and caches settle.</summary>
    public const int WarmUpAnswers = 50;

    /// <summary>Queries before each timed query run.</summary>
    public const int WarmUpQueries = 20;

    /// <summary>Default number of timed warm answers on the seeds (the issue asks for 1,000).</summary>
    public const int DefaultAnswerCount = 1000;

    /// <summary>Default number of timed queries per scale step and retriever.</summary>
    public const int DefaultQueryCount = 300;

    /// <summary>Default corpus sizes, in passages, of the scale run.</summary>
    public static readonly IReadOnlyList<int> DefaultSizes = [1_000, 10_000, 100_000];

    /// <summary>Articles built once to learn how many passages the engine cuts from one CLICK-ID article.</summary>
    public const int CalibrationArticles = 300;

    /// <summary>Timed index builds of the seeds after the first (cold) one; the median is reported.</summary>
    public const int SeedIndexRepeats = 5;

    /// <summary>Whole-process <c>ask</c> runs; the median is reported.</summary>
    public const int DefaultAskRuns = 10;

    /// <summary>Size of the float array summed to measure memory bandwidth (far above any cache).</summary>
    public const int DefaultBandwidthMegabytes = 512;

    /// <summary>Bandwidth passes (interleaved with the scan's runs); the best is reported, as is usual for a physical limit.</summary>
    public const int BandwidthRuns = 7;

    /// <summary>Longest a whole-process <c>ask</c> may take before it counts as failed.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Regex evaluation limit for the seed cases' expect/forbid patterns.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);
}

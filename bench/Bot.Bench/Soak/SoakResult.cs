namespace Bot.Bench.Soak;

/// <summary>What a soak run found; <see cref="Held"/> says whether every promise held.</summary>
internal sealed record SoakResult(
    SoakOptions Options,
    int Questions,
    int AnsweredOnce,
    int Unanswered,
    int AnsweredTwiceOrMore,
    int UnobservedTaskExceptions,
    int ErrorLines,
    IReadOnlyDictionary<string, int> FaultsInjected,
    int Restarts,
    IReadOnlyList<SoakSample> Samples,
    double ElapsedSeconds)
{
    /// <summary>Samples after the first fifth of the updates: the process has loaded, indexed and warmed up.</summary>
    public IReadOnlyList<SoakSample> AfterWarmUp => [.. Samples.Where(s => s.Sent >= Options.Updates / 5)];

    /// <summary>Resident memory growth from the first to the last fifth of the after-warm-up samples (in per cent).</summary>
    public double ResidentGrowthPercent => Growth(s => s.ResidentMb);

    public double OpenFilesGrowth => Spread(s => s.OpenFiles);

    public double ThreadsGrowth => Spread(s => s.Threads);

    /// <summary>Flat: resident memory within 25 % and open files within 10 between the start and the end of the steady part.</summary>
    public bool Flat => AfterWarmUp.Count < 4 || (ResidentGrowthPercent <= 25 && OpenFilesGrowth <= 10);

    public bool Held => AnsweredOnce == Questions && UnobservedTaskExceptions == 0 && Flat;

    private double Growth(Func<SoakSample, double> value)
    {
        var (first, last) = Ends(value);
        return first <= 0 ? 0 : Math.Round((last - first) / first * 100, 1);
    }

    private double Spread(Func<SoakSample, double> value)
    {
        var (first, last) = Ends(value);
        return Math.Round(last - first, 1);
    }

    /// <summary>Median of the first and of the last fifth of the steady samples (medians ignore a GC caught mid-way).</summary>
    private (double First, double Last) Ends(Func<SoakSample, double> value)
    {
        var steady = AfterWarmUp;
        if (steady.Count < 4)
        {
            return (0, 0);
        }

        var fifth = Math.Max(1, steady.Count / 5);
        return (Median(steady.Take(fifth).Select(value)), Median(steady.TakeLast(fifth).Select(value)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

using System.Diagnostics;

namespace Bot.Bench.Perf;

/// <summary>
/// Times the whole <c>ask</c> command as a user runs it: a fresh process per question, start to
/// exit, each followed by <c>dotnet --version</c> so the two are compared pair by pair.
/// </summary>
internal static class AskProcessTimer
{
    public static async Task<AskProcessRuns> MeasureAsync(string repositoryRoot, string botAssembly, IReadOnlyList<string> questions, int runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var command = $"dotnet {Path.GetRelativePath(repositoryRoot, botAssembly)} ask \"QUESTION\"";
        if (!File.Exists(botAssembly))
        {
            return new AskProcessRuns(command, 0, 0, 0, 0, 0, $"{botAssembly} not found: build with -c Release (or publish) first");
        }

        var times = new List<double>();
        var yardstick = new List<double>();
        var ratios = new List<double>();
        var failures = 0;
        string? note = null;
        for (var run = 0; run < runs; run++)
        {
            var (ms, exitCode, error) = await RunOnceAsync(repositoryRoot, [botAssembly, "ask", questions[run % questions.Count]], cancellationToken).ConfigureAwait(false);
            var (baseMs, baseExit, _) = await RunOnceAsync(repositoryRoot, ["--version"], cancellationToken).ConfigureAwait(false);
            if (exitCode == 0 && baseExit == 0)
            {
                times.Add(ms);
                yardstick.Add(baseMs);
                ratios.Add(ms / baseMs);
            }
            else
            {
                failures++;
                note ??= $"exit code {exitCode}: {error.Trim()}";
            }
        }

        var stats = LatencyStats.From(times);
        var baseline = LatencyStats.From(yardstick);
        var ratio = LatencyStats.From(ratios);
        return new AskProcessRuns(
            command,
            runs,
            failures,
            stats.P50,
            Min(times),
            stats.Max,
            note,
            baseline.P50,
            Min(yardstick),
            baseline.Max,
            Min(ratios),
            ratio.P50,
            ratio.Max);
    }

    private static double Min(List<double> values) => values.Count == 0 ? 0 : values.Min();

    private static async Task<(double Ms, int ExitCode, string Error)> RunOnceAsync(string root, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BenchSettings.AskTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (0, -1, "timed out");
        }

        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await output.ConfigureAwait(false);
        return (ms, process.ExitCode, await error.ConfigureAwait(false));
    }
}

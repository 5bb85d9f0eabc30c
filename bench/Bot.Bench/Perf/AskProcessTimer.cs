using System.Diagnostics;

namespace Bot.Bench.Perf;

/// <summary>Times the whole <c>ask</c> command as a user runs it: a fresh process per question, start to exit.</summary>
internal static class AskProcessTimer
{
    public static async Task<AskProcessRuns> MeasureAsync(string repositoryRoot, string botAssembly, IReadOnlyList<string> questions, int runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var command = $"dotnet {Path.GetRelativePath(repositoryRoot, botAssembly)} ask \"QUESTION\"";
        if (!File.Exists(botAssembly))
        {
            return new AskProcessRuns(command, 0, 0, 0, 0, 0, $"{botAssembly} not found: build with -c Release first");
        }

        var times = new List<double>();
        var failures = 0;
        string? note = null;
        for (var run = 0; run < runs; run++)
        {
            var (ms, exitCode, error) = await RunOnceAsync(repositoryRoot, botAssembly, questions[run % questions.Count], cancellationToken).ConfigureAwait(false);
            if (exitCode == 0)
            {
                times.Add(ms);
            }
            else
            {
                failures++;
                note ??= $"exit code {exitCode}: {error.Trim()}";
            }
        }

        var stats = LatencyStats.From(times);
        return new AskProcessRuns(command, runs, failures, stats.P50, times.Count == 0 ? 0 : times.Min(), stats.Max, note);
    }

    private static async Task<(double Ms, int ExitCode, string Error)> RunOnceAsync(string root, string botAssembly, string question, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(botAssembly);
        start.ArgumentList.Add("ask");
        start.ArgumentList.Add(question);

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

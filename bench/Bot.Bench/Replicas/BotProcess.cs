using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Bot.Bench.Replicas;

/// <summary>
/// One bot process (<c>dotnet Bot.dll COMMAND …</c>) started by the bench: its error lines are kept,
/// it can be stopped (SIGTERM) or killed (SIGKILL), and a webhook replica's HTTP endpoints read.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Process process;
    private readonly ConcurrentQueue<string> errors;
    private readonly Action<string>? onLine;

    private BotProcess(Process process, ConcurrentQueue<string> errors, Action<string>? onLine, Uri? baseUrl)
    {
        this.process = process;
        this.errors = errors;
        this.onLine = onLine;
        BaseUrl = baseUrl;
    }

    /// <summary>Where a webhook replica listens (null for a polling process).</summary>
    public Uri? BaseUrl { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The process id (a webhook replica names itself host:pid:… on its claims).</summary>
    public int Id => process.Id;

    /// <summary>Starts <c>dotnet BOT arguments</c> in <paramref name="workingDirectory"/>; every error line goes to <paramref name="errors"/>.</summary>
    public static BotProcess Start(string botAssembly, string workingDirectory, IEnumerable<string> arguments, ConcurrentQueue<string> errors, Uri? baseUrl = null, Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(botAssembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the bot process did not start");
        var bot = new BotProcess(process, errors, onLine, baseUrl);
        process.OutputDataReceived += (_, e) => bot.Observe(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Observe(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Runs a command to its end (such as <c>import</c>) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }

    /// <summary>Until /readyz answers 200; a process that exits first failed to start, and its error lines say why.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = new Uri(BaseUrl ?? throw new InvalidOperationException("not a webhook replica"), "readyz");
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (process.HasExited || Stopwatch.GetTimestamp() > deadline)
            {
                throw new InvalidOperationException("A replica did not become ready: " + string.Join(" | ", errors.TakeLast(10)));
            }

            try
            {
                using var response = await Http.GetAsync(url, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy starting.
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The replica's /metrics text, or empty when it cannot be read.</summary>
    public async Task<string> MetricsAsync()
    {
        if (BaseUrl is null || process.HasExited)
        {
            return "";
        }

        try
        {
            return await Http.GetStringAsync(new Uri(BaseUrl, "metrics")).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "";
        }
    }

    /// <summary>SIGKILL: the process ends at once, mid-answer, as when its machine goes away.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>SIGTERM and a wait for the clean exit (killed after 30 s).</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync().ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        process.Dispose();
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        onLine?.Invoke(line);
        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || line.StartsWith("error:", StringComparison.Ordinal)
            || line.Contains("unobserved task exception", StringComparison.OrdinalIgnoreCase))
        {
            errors.Enqueue(line);
        }
    }
}

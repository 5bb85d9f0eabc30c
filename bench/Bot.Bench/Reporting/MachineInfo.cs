using System.Runtime.InteropServices;

namespace Bot.Bench.Reporting;

/// <summary>The machine and build a run happened on, so figures are never read without their context.</summary>
internal sealed record MachineInfo(
    string Date,
    string Commit,
    string Configuration,
    int Cores,
    double MemoryGigabytes,
    string Processor,
    string OperatingSystem,
    string Runtime,
    string LoadAverage)
{
    public static MachineInfo Current(string repositoryRoot, string configuration) => new(
        DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        GitCommit(repositoryRoot),
        configuration,
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9, 1),
        ProcessorName(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LoadAverageNow());

    /// <summary>One line for the markdown output.</summary>
    public string Describe()
        => $"Machine: {Processor}, {Cores} cores, {MemoryGigabytes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} GB, {OperatingSystem}, {Runtime}; load average {LoadAverage}; commit {Commit[..Math.Min(12, Commit.Length)]}; {Date}; {Configuration} build.";

    /// <summary>The 1/5/15-minute load averages when the run ended: other work on the machine makes latencies noisy.</summary>
    private static string LoadAverageNow()
    {
        const string LoadAverageFile = "/proc/loadavg";
        return File.Exists(LoadAverageFile) ? string.Join(' ', File.ReadAllText(LoadAverageFile).Split(' ').Take(3)) : "unknown";
    }

    private static string GitCommit(string root)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = System.Diagnostics.Process.Start(start);
            if (git is null)
            {
                return "unknown";
            }

            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }
    }

    private static string ProcessorName()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (!File.Exists(CpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var model = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}

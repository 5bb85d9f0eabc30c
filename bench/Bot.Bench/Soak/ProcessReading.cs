using System.Globalization;

namespace Bot.Bench.Soak;

/// <summary>Resident memory, open file descriptors and threads of a process, from /proc (Linux).</summary>
internal sealed record ProcessReading(double ResidentMb, int OpenFiles, int Threads)
{
    public static ProcessReading? TryRead(int pid)
    {
        try
        {
            double resident = 0;
            var threads = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
                else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                {
                    threads = int.Parse(line.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                }
            }

            var files = Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd").Count();
            return new ProcessReading(Math.Round(resident, 1), files, threads);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // The process is restarting or gone: no reading this time.
            return null;
        }
    }
}

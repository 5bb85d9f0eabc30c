namespace Bot.Bench.Soak;

/// <summary>One reading of the bot process during a soak.</summary>
internal sealed record SoakSample(double ElapsedSeconds, int Sent, int Answered, double ResidentMb, int OpenFiles, int Threads, int Restarts);

namespace Bot.Bench.Perf;

/// <summary>Whole-process <c>ask</c>: start of <c>dotnet Bot.dll ask</c> to its exit, over the seed questions.</summary>
internal sealed record AskProcessRuns(string Command, int Runs, int Failures, double MedianMs, double MinMs, double MaxMs, string? Note);

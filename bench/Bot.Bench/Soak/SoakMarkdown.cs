using System.Globalization;
using System.Text;

namespace Bot.Bench.Soak;

/// <summary>The soak's figures as Markdown: the promises, the faults injected, and the process over time.</summary>
internal static class SoakMarkdown
{
    public static string Render(SoakResult r)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"## Soak: {r.Questions:N0} updates from {r.Options.Chats} chats, {r.Restarts} restarts, {r.ElapsedSeconds:F0} s");
        b.AppendLine();
        b.AppendLine("| promise | result |");
        b.AppendLine("| --- | --- |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| every update answered exactly once | {r.AnsweredOnce:N0} of {r.Questions:N0} once; {r.Unanswered} unanswered; {r.AnsweredTwiceOrMore} more than once |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| no unobserved task exceptions | {r.UnobservedTaskExceptions} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| resident memory flat after warm-up | {r.ResidentGrowthPercent:+0.0;-0.0;0} % from the first to the last fifth |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| open files flat after warm-up | {r.OpenFilesGrowth:+0;-0;0} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| threads after warm-up | {r.ThreadsGrowth:+0;-0;0} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| error lines logged (faults being retried) | {r.ErrorLines} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| **held** | **{(r.Held ? "yes" : "no")}** |");
        b.AppendLine();
        b.AppendLine("| fault injected | times |");
        b.AppendLine("| --- | --- |");
        foreach (var (kind, times) in r.FaultsInjected.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {times} |");
        }

        b.AppendLine(CultureInfo.InvariantCulture, $"| restarts ({(r.Options.KillEveryOther ? "SIGTERM and SIGKILL in turn" : "SIGTERM")}) | {r.Restarts} |");
        b.AppendLine();
        b.AppendLine("| s | updates sent | answered | resident MB | open files | threads | restarts |");
        b.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in Thin(r.Samples, 25))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {s.ElapsedSeconds:F0} | {s.Sent:N0} | {s.Answered:N0} | {s.ResidentMb:F1} | {s.OpenFiles} | {s.Threads} | {s.Restarts} |");
        }

        return b.ToString();
    }

    private static IEnumerable<SoakSample> Thin(IReadOnlyList<SoakSample> samples, int rows)
    {
        var step = Math.Max(1, samples.Count / rows);
        return samples.Where((_, i) => i % step == 0 || i == samples.Count - 1);
    }
}

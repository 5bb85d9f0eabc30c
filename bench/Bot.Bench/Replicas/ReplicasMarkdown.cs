using System.Globalization;
using System.Text;

namespace Bot.Bench.Replicas;

/// <summary>The replicas run as Markdown: the promises, then the two arrangements side by side.</summary>
internal static class ReplicasMarkdown
{
    public static string Render(ReplicasResult r)
    {
        var o = r.Options;
        var single = r.Single ?? r.Replicas with { Arrangement = "(no comparison run)", Processes = 0, Questions = 0, AnsweredOnce = 0, AnsweredTwiceOrMore = 0, Unconfirmed = 0, Lost = 0, ChatsOutOfOrder = 0, LatencyMs = new Perf.LatencyStats(0, 0, 0, 0, 0), AnswersPerSecond = 0, Seconds = 0 };
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"## Replicas: {o.Updates:N0} updates from {o.Chats} chats, {o.Replicas} webhook replicas, 1 in {o.DuplicateEvery} delivered twice{(r.Killed ? ", one replica killed and restarted" : "")}");
        b.AppendLine();
        b.AppendLine("| | " + r.Replicas.Arrangement + " | " + single.Arrangement + " |");
        b.AppendLine("| --- | --- | --- |");
        Row(b, "processes", r.Replicas.Processes, single.Processes);
        Row(b, "answered exactly once", r.Replicas.AnsweredOnce, single.AnsweredOnce);
        Row(b, "answered more than once", r.Replicas.AnsweredTwiceOrMore, single.AnsweredTwiceOrMore);
        Row(b, "delivered, unconfirmed (the replica died mid-send; not sent again)", r.Replicas.Unconfirmed, single.Unconfirmed);
        Row(b, "lost", r.Replicas.Lost, single.Lost);
        Row(b, "chats with answers out of order", r.Replicas.ChatsOutOfOrder, single.ChatsOutOfOrder);
        Row(b, "answer latency p50 (ms)", r.Replicas.LatencyMs.P50, single.LatencyMs.P50);
        Row(b, "answer latency p99 (ms)", r.Replicas.LatencyMs.P99, single.LatencyMs.P99);
        Row(b, "answer latency max (ms)", r.Replicas.LatencyMs.Max, single.LatencyMs.Max);
        Row(b, "throughput (answers/s)", r.Replicas.AnswersPerSecond, single.AnswersPerSecond);
        Row(b, "first question to last answer (s)", r.Replicas.Seconds, single.Seconds);
        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"Throughput of the replicas over the single process: {r.ThroughputRatio:F2}x.");
        b.AppendLine(CultureInfo.InvariantCulture, $"Deliveries repeated: {r.RepeatedDeliveries} ({r.RepeatsToAnotherReplica} to another replica than the first), refused as duplicates by the replicas alive at the end: {r.DuplicatesRefused:F0}; POSTs that failed while a replica was down (delivered again elsewhere): {r.FailedDeliveries}.");
        b.AppendLine(CultureInfo.InvariantCulture, $"The killed replica held {r.ClaimsAtKill} claim(s) when it died. Updates taken over: {r.TakeoversAnswered} answered by another replica, {r.TakeoversUnconfirmed} delivered, unconfirmed (claim lease {o.ClaimLease.TotalSeconds:0.#} s, sweep every {o.SweepInterval.TotalSeconds:0.#} s).");
        b.AppendLine(CultureInfo.InvariantCulture, $"Error lines logged: {r.ErrorLines}; unobserved task exceptions: {r.UnobservedTaskExceptions}. **Held: {(r.Held ? "yes" : "no")}**.");
        return b.ToString();
    }

    private static void Row(StringBuilder b, string name, double replicas, double single) =>
        b.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {replicas:#,0.#} | {single:#,0.#} |");
}

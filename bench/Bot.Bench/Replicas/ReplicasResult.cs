namespace Bot.Bench.Replicas;

/// <summary>
/// A replicas run: the webhook replicas on PostgreSQL beside a single polling process on SQLite,
/// given the same questions, with what the load balancer saw (deliveries repeated, POSTs that failed
/// while a replica was down), what the replicas counted on /metrics (repeats refused; a killed
/// replica's count dies with it) and what the shared inbox holds (updates taken over).
/// </summary>
internal sealed record ReplicasResult(
    ReplicasOptions Options,
    PhaseFigures Replicas,
    PhaseFigures? Single,
    int RepeatedDeliveries,
    int RepeatsToAnotherReplica,
    int FailedDeliveries,
    double DuplicatesRefused,
    int TakeoversAnswered,
    int TakeoversUnconfirmed,
    bool Killed,
    int ClaimsAtKill,
    int ErrorLines,
    int UnobservedTaskExceptions)
{
    public bool Held => Replicas.Held && Single?.Held != false && UnobservedTaskExceptions == 0;

    /// <summary>Throughput of the replicas over the single process's (0 without the comparison).</summary>
    public double ThroughputRatio => Single is not { AnswersPerSecond: > 0 } single ? 0 : Replicas.AnswersPerSecond / single.AnswersPerSecond;
}

namespace Bot.Bench.Replicas;

/// <summary>
/// The size of a replicas run: updates from chats (round-robin), webhook replicas, which updates are
/// delivered twice, whether one replica is killed mid-run and restarted, and the claim timings the
/// replicas run with (a killed replica's claims are taken over once their lease has run out).
/// </summary>
/// <param name="DuplicateEvery">Every this many update ids, one is delivered twice (10: 10%).</param>
/// <param name="Compare">Also give the same questions to one polling process (the comparison of the bench; the test suite's short run leaves it out).</param>
internal sealed record ReplicasOptions(
    int Updates,
    int Chats,
    int Replicas,
    int DuplicateEvery,
    bool Kill,
    TimeSpan ClaimLease,
    TimeSpan SweepInterval,
    TimeSpan Deadline,
    bool Compare = true)
{
    public static ReplicasOptions Full { get; } = new(2_000, 300, 3, 10, true, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(10));

    /// <summary>Questions waiting for an answer at most: about one per chat, as people wait for a reply before asking again.</summary>
    public int MaxOutstanding => Math.Max(10, Chats);

    /// <summary>The update after which the last replica is killed (SIGKILL).</summary>
    public int KillAfter => Updates * 3 / 10;

    /// <summary>The update after which the killed replica is started again.</summary>
    public int RestartAfter => Updates * 6 / 10;
}

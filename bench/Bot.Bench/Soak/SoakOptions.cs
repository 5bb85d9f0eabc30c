namespace Bot.Bench.Soak;

/// <summary>The size of a soak run: how many updates from how many chats, and how many restarts on the way.</summary>
/// <param name="KillEveryOther">Every second restart is a crash (SIGKILL) instead of a stop (SIGTERM).</param>
internal sealed record SoakOptions(int Updates, int Chats, int Restarts, TimeSpan SampleEvery, TimeSpan Deadline, bool KillEveryOther = false)
{
    public static SoakOptions Full { get; } = new(10_000, 200, 2, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(40));

    /// <summary>Updates kept waiting in the emulator at most: traffic arrives while the bot works, not all at once.</summary>
    public int MaxPending => Math.Max(50, Chats);
}

using Bot.Bench.Perf;

namespace Bot.Bench.Replicas;

/// <summary>
/// What one arrangement (the webhook replicas, or the single polling process) did with the same
/// questions: how many were answered once, more than once, or not at all (split into delivered,
/// unconfirmed — the replica died after it had begun sending, so by rule nothing was sent again — and
/// lost), how many chats saw their answers out of order, and the latency and throughput of the answers.
/// </summary>
/// <param name="LatencyMs">From the question entering Telegram (the emulator) to its answer's final text.</param>
/// <param name="AnswersPerSecond">Answers over the time from the first question to the last answer.</param>
internal sealed record PhaseFigures(
    string Arrangement,
    int Processes,
    int Questions,
    int AnsweredOnce,
    int AnsweredTwiceOrMore,
    int Unconfirmed,
    int Lost,
    int ChatsOutOfOrder,
    LatencyStats LatencyMs,
    double AnswersPerSecond,
    double Seconds)
{
    /// <summary>Nothing answered twice, nothing lost, every chat in order.</summary>
    public bool Held => AnsweredTwiceOrMore == 0 && Lost == 0 && ChatsOutOfOrder == 0 && AnsweredOnce + Unconfirmed == Questions;
}

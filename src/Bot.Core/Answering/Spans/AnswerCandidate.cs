using Bot.Core.Answering.Evidence;
using Bot.Core.Time;

namespace Bot.Core.Answering.Spans;

/// <summary>A possible answer found in one sentence: its text, a key to group equal answers, and a score.</summary>
internal sealed record AnswerCandidate(string Value, string Key, SentenceEvidence Evidence, double Score, DateMention? Date = null)
{
    /// <summary>For a count of events: one dated candidate per event counted, earliest first.</summary>
    public IReadOnlyList<AnswerCandidate>? Events { get; init; }
}

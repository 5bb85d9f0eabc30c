using Bot.Core.Time;

namespace Bot.Core.Answers;

/// <summary>A possible answer found in one sentence: its text, a key to group equal answers, and a score.</summary>
internal sealed record AnswerCandidate(string Value, string Key, Evidence Evidence, double Score, DateMention? Date = null);

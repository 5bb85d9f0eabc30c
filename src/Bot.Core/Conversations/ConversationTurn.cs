namespace Bot.Core.Conversations;

/// <summary>
/// One question and answer of a chat, kept so that a follow-up can be understood:
/// <see cref="StandaloneQuestion"/> is what was actually answered, <see cref="AnswerDates"/> the
/// dates the answer states, in order of mention.
/// </summary>
public sealed record ConversationTurn(
    string Question,
    string StandaloneQuestion,
    string AnswerText,
    bool Answered,
    IReadOnlyList<DateOnly> AnswerDates,
    IReadOnlyList<string> CitedArticles,
    DateTimeOffset At);

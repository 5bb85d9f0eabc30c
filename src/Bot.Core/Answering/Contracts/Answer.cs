namespace Bot.Core.Answering.Contracts;

/// <summary>
/// The result of answering a question. Flows unchanged from the answerer to every renderer.
/// <see cref="Answered"/> false is a normal result: the articles do not hold the answer.
/// </summary>
public sealed record Answer(
    string Question,
    bool Answered,
    string Language,
    string Text,
    IReadOnlyList<Citation> Citations,
    string Engine,
    double ElapsedMs);

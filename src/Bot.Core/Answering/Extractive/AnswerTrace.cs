using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;
using Bot.Core.Answering.Spans;
using Bot.Core.Search;

namespace Bot.Core.Answering.Extractive;

/// <summary>
/// What the answerer weighed for one question: the retrieved passages, every scored sentence, the
/// best answer with the sentences that support it and the abstention verdict on it (the features
/// and the probability that the answer is right). <see cref="Best"/> is null when no sentence gave an
/// answer of the asked-for kind.
/// </summary>
internal sealed record AnswerTrace(
    QuestionAnalysis Analysis,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<SentenceEvidence> Evidence,
    AnswerCandidate? Best,
    List<AnswerCandidate> Support,
    double[]? VerdictFeatures,
    double Verdict);

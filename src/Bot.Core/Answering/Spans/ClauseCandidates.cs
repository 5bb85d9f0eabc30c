using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;

namespace Bot.Core.Answering.Spans;

/// <summary>
/// For "what", "why", "how" and yes/no questions: the best sentences themselves. A clause cut out
/// of a sentence loses its subject and verb (and with them who said it), so the answer is the
/// whole sentence that supports it, which the composer quotes and attributes.
/// </summary>
internal static class ClauseCandidates
{
    public static List<AnswerCandidate> Find(IEnumerable<SentenceEvidence> evidence, QuestionAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var candidates = new List<AnswerCandidate>();
        foreach (var e in evidence)
        {
            var text = e.Sentence.Text.Trim();
            candidates.Add(new AnswerCandidate(text, text.ToLowerInvariant(), e, e.Score));
        }

        return candidates;
    }
}

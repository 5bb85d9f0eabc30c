using System.Diagnostics;
using Bot.Core;
using Bot.Core.Answers;

namespace Bot.Bench.Answering;

/// <summary>
/// STAND-IN, not the product: answers with the top hybrid passage and cites the top three.
/// It never abstains unless nothing is retrieved. Used only until ExtractiveAnswerer exists.
/// </summary>
internal sealed class RetrievalStandInAnswerer(KnowledgeBase knowledgeBase) : IAnswerer
{
    private const int CitedHits = 3;

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var hits = knowledgeBase.Retriever.Retrieve(request.Question, CitedHits);
        var citations = hits
            .Select((h, i) => new Citation(i + 1, h.Passage.ArticleId, "", null, null, h.Passage.Text))
            .ToList();
        var text = hits.Count == 0 ? "The articles do not say." : hits[0].Passage.Text + " [1]";
        var answer = new Answer(request.Question, hits.Count > 0, "und", text, citations, "retrieval-stand-in", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.FromResult(answer);
    }
}

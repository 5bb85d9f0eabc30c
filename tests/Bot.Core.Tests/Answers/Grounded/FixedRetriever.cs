using Bot.Core.Search;

namespace Bot.Core.Tests.Answers.Grounded;

/// <summary>Returns the same passages, best first, for every question; records the questions.</summary>
internal sealed class FixedRetriever : IPassageRetriever
{
    private readonly IReadOnlyList<Passage> _passages;

    public FixedRetriever(params Passage[] passages) => _passages = passages;

    public List<string> Questions { get; } = [];

    public IReadOnlyList<SearchHit> Retrieve(string question, int top)
    {
        Questions.Add(question);
        return _passages.Take(top).Select((p, i) => new SearchHit(p, 1.0 / (i + 1))).ToList();
    }
}

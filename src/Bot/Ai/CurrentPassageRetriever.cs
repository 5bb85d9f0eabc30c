using Bot.Core.Search;

namespace Bot.Ai;

/// <summary>
/// Retrieves from whichever knowledge base is current, so that a singleton answerer keeps
/// working after the articles are reloaded and the retriever replaced.
/// </summary>
internal sealed class CurrentPassageRetriever : IPassageRetriever
{
    private readonly Func<IPassageRetriever> _current;

    public CurrentPassageRetriever(Func<IPassageRetriever> current) => _current = current;

    public IReadOnlyList<SearchHit> Retrieve(string question, int top) => _current().Retrieve(question, top);
}

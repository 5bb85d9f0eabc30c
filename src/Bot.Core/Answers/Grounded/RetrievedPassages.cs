using Bot.Core.Search;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// The passages one answer has shown the model, numbered from 1 in the order shown: the prompt's,
/// then each new one an <c>articles.search</c> call returned. A citation [n] is valid only when
/// passage n is here, so what the model cites is always something it was really given.
/// </summary>
internal sealed class RetrievedPassages
{
    private readonly List<SearchHit> _hits;
    private readonly Lock _gate = new();

    public RetrievedPassages(IEnumerable<SearchHit> shown) => _hits = [.. shown];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _hits.Count;
            }
        }
    }

    public IReadOnlyList<SearchHit> Snapshot()
    {
        lock (_gate)
        {
            return [.. _hits];
        }
    }

    /// <summary>The number of each hit: the one it already has, or the next free one.</summary>
    public IReadOnlyList<int> Add(IEnumerable<SearchHit> hits)
    {
        lock (_gate)
        {
            var numbers = new List<int>();
            foreach (var hit in hits)
            {
                var index = _hits.FindIndex(h => h.Passage.ArticleId == hit.Passage.ArticleId && h.Passage.FirstSentence == hit.Passage.FirstSentence);
                if (index < 0)
                {
                    _hits.Add(hit);
                    index = _hits.Count - 1;
                }

                numbers.Add(index + 1);
            }

            return numbers;
        }
    }
}

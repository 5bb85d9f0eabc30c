namespace Bot.Core.Language;

/// <summary>Distinct query terms in first-seen order; a term reached twice keeps its highest weight.</summary>
internal sealed class QueryTermSet
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<QueryTerm> _terms = [];

    public void Add(string term, double weight, string origin)
    {
        if (_index.TryGetValue(term, out var at))
        {
            if (weight > _terms[at].Weight)
            {
                _terms[at] = new QueryTerm(term, weight, origin);
            }

            return;
        }

        _index[term] = _terms.Count;
        _terms.Add(new QueryTerm(term, weight, origin));
    }

    public IReadOnlyList<QueryTerm> ToList() => [.. _terms];
}

namespace Bot.Bench.Summaries;

/// <summary>
/// LexRank (Erkan and Radev 2004), the usual graph-centrality peer: sentences are nodes, edges join
/// sentences whose TF-IDF cosine reaches <see cref="EdgeThreshold"/>, and a sentence's score is its
/// PageRank in that graph. The top sentences are returned in reading order.
/// </summary>
internal sealed class LexRank(Func<string, double> idf)
{
    /// <summary>The threshold of the original paper's best variant.</summary>
    public const double EdgeThreshold = 0.1;

    public const double Damping = 0.85;

    private const int Iterations = 50;

    /// <summary>Inverse document frequency over a set of documents (each a bag of tokens), smoothed.</summary>
    public static Func<string, double> Idf(IEnumerable<IEnumerable<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var document in documents)
        {
            n++;
            foreach (var token in document.Distinct(StringComparer.Ordinal))
            {
                df[token] = df.GetValueOrDefault(token) + 1;
            }
        }

        return token => Math.Log((n + 1.0) / (df.GetValueOrDefault(token) + 1.0)) + 1;
    }

    public IReadOnlyList<string> Summarize(IReadOnlyList<string> sentences, int count)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = sentences.Select(s => SparseVectors.TfIdf(Rouge.Tokens(s), idf)).ToList();
        var n = sentences.Count;
        var adjacency = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            adjacency[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (SparseVectors.Cosine(vectors[i], vectors[j]) >= EdgeThreshold)
                {
                    adjacency[i].Add(j);
                    adjacency[j].Add(i);
                }
            }
        }

        var rank = Enumerable.Repeat(1.0 / Math.Max(1, n), n).ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = Enumerable.Repeat((1 - Damping) / Math.Max(1, n), n).ToArray();
            for (var i = 0; i < n; i++)
            {
                // A sentence with no neighbour spreads its rank evenly, as PageRank does for a dangling node.
                if (adjacency[i].Count == 0)
                {
                    for (var j = 0; j < n; j++)
                    {
                        next[j] += Damping * rank[i] / n;
                    }

                    continue;
                }

                foreach (var j in adjacency[i])
                {
                    next[j] += Damping * rank[i] / adjacency[i].Count;
                }
            }

            rank = next;
        }

        return [.. Enumerable.Range(0, n).OrderByDescending(i => rank[i]).ThenBy(i => i).Take(count).Order().Select(i => sentences[i])];
    }
}

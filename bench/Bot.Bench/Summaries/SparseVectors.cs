namespace Bot.Bench.Summaries;

/// <summary>TF-IDF vectors of token lists (unit length, sublinear term frequency) and their cosine, for the bench's peers and story groups.</summary>
internal static class SparseVectors
{
    public static Dictionary<string, double> TfIdf(IReadOnlyList<string> tokens, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(idf);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var vector = counts.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * idf(kv.Key), StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        foreach (var token in vector.Keys.ToList())
        {
            vector[token] = norm > 0 ? vector[token] / norm : 0;
        }

        return vector;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (token, w) in small)
        {
            if (large.TryGetValue(token, out var v))
            {
                dot += w * v;
            }
        }

        return dot;
    }
}

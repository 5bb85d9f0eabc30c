namespace Bot.Core.Summaries;

/// <summary>A sparse TF-IDF vector, L2-normalized, so that the dot product is the cosine.</summary>
internal sealed class TermVector
{
    private readonly Dictionary<string, double> weights;

    private TermVector(Dictionary<string, double> weights) => this.weights = weights;

    public static TermVector Empty { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));

    public int Count => weights.Count;

    public static TermVector From(IEnumerable<string> terms, Func<string, double> idf)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        var norm = 0.0;
        foreach (var (term, count) in counts)
        {
            var w = (1 + Math.Log(count)) * idf(term);
            counts[term] = w;
            norm += w * w;
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var term in counts.Keys.ToList())
            {
                counts[term] /= norm;
            }
        }

        return new TermVector(counts);
    }

    /// <summary>The normalized sum of vectors: what a set of texts is about.</summary>
    public static TermVector Centroid(IEnumerable<TermVector> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, w) in vector.weights)
            {
                sum[term] = sum.GetValueOrDefault(term) + w;
            }
        }

        var norm = Math.Sqrt(sum.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var term in sum.Keys.ToList())
            {
                sum[term] /= norm;
            }
        }

        return new TermVector(sum);
    }

    public double Cosine(TermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = weights.Count <= other.weights.Count ? (weights, other.weights) : (other.weights, weights);
        var dot = 0.0;
        foreach (var (term, w) in small)
        {
            if (large.TryGetValue(term, out var v))
            {
                dot += w * v;
            }
        }

        return dot;
    }
}

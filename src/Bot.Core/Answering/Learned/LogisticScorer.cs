namespace Bot.Core.Answering.Learned;

/// <summary>
/// Logistic regression over standardized features: P = σ(bias + Σ wᵢ (xᵢ − meanᵢ) / scaleᵢ).
/// </summary>
internal sealed class LogisticScorer
{
    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;

    public LogisticScorer(IReadOnlyList<double> mean, IReadOnlyList<double> scale, IReadOnlyList<double> weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(weights);
        if (mean.Count != weights.Count || scale.Count != weights.Count)
        {
            throw new ArgumentException("One mean, scale and weight per feature.");
        }

        if (scale.Any(s => !(s > 0)) || !double.IsFinite(bias) || weights.Concat(mean).Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException("Model values must be finite and scales positive.");
        }

        _mean = [.. mean];
        _scale = [.. scale];
        _weights = [.. weights];
        Bias = bias;
    }

    public double Bias { get; }

    public IReadOnlyList<double> Mean => _mean;

    public IReadOnlyList<double> Scale => _scale;

    public IReadOnlyList<double> Weights => _weights;

    public int Count => _weights.Length;

    /// <summary>The log-odds: bias plus the weighted standardized features.</summary>
    public double Logit(ReadOnlySpan<double> features)
    {
        if (features.Length != _weights.Length)
        {
            throw new ArgumentException($"Expected {_weights.Length} features.", nameof(features));
        }

        var z = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            z += _weights[i] * (features[i] - _mean[i]) / _scale[i];
        }

        return z;
    }

    public double Probability(ReadOnlySpan<double> features) => Sigmoid(Logit(features));

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>The log-odds of a probability, clamped so that 0 and 1 stay finite.</summary>
    public static double LogOdds(double p)
    {
        var q = Math.Clamp(p, 1e-4, 1 - 1e-4);
        return Math.Log(q / (1 - q));
    }
}

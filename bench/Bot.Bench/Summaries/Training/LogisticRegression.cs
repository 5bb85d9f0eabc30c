namespace Bot.Bench.Summaries.Training;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method on standardized features: exact,
/// deterministic and fast for a few dozen features, so two runs on the same data give the same file.
/// </summary>
internal sealed class LogisticRegression
{
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-9;

    private LogisticRegression(double[] mean, double[] scale, double[] weights, double bias)
    {
        Mean = mean;
        Scale = scale;
        Weights = weights;
        Bias = bias;
    }

    public double[] Mean { get; }

    public double[] Scale { get; }

    public double[] Weights { get; }

    public double Bias { get; }

    /// <param name="l2">Penalty on the weights (not the bias), per example.</param>
    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, double l2)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count == 0 || features.Count != labels.Count)
        {
            throw new ArgumentException("One label per example, and at least one example.");
        }

        var n = features.Count;
        var d = features[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = features.Average(x => x[j]);
            var variance = features.Average(x => (x[j] - mean[j]) * (x[j] - mean[j]));
            // A feature constant on the data gets scale 1 and, with the penalty, weight 0.
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        // Column 0 is the bias.
        var x = features.Select(f => (double[])[1, .. f.Select((v, j) => (v - mean[j]) / scale[j])]).ToArray();
        var beta = new double[d + 1];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < n; i++)
            {
                var p = Sigmoid(Dot(beta, x[i]));
                var error = p - (labels[i] ? 1 : 0);
                var w = Math.Max(p * (1 - p), 1e-10);
                for (var a = 0; a <= d; a++)
                {
                    gradient[a] += error * x[i][a];
                    for (var b = 0; b <= a; b++)
                    {
                        hessian[a, b] += w * x[i][a] * x[i][b];
                    }
                }
            }

            for (var a = 0; a <= d; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    hessian[b, a] = hessian[a, b];
                }

                if (a > 0)
                {
                    gradient[a] += l2 * n * beta[a];
                    hessian[a, a] += l2 * n;
                }
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var a = 0; a <= d; a++)
            {
                beta[a] -= step[a];
                change = Math.Max(change, Math.Abs(step[a]));
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        return new LogisticRegression(mean, scale, beta[1..], beta[0]);
    }

    public double Probability(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Bias;
        for (var j = 0; j < features.Length; j++)
        {
            z += Weights[j] * (features[j] - Mean[j]) / Scale[j];
        }

        return Sigmoid(z);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Solves A·s = g by Gaussian elimination with partial pivoting (A is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] g)
    {
        var n = g.Length;
        var m = (double[,])a.Clone();
        var v = (double[])g.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                v[row] -= factor * v[col];
            }
        }

        var s = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = v[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * s[k];
            }

            s[row] = sum / m[row, row];
        }

        return s;
    }
}

using System.Numerics.Tensors;

namespace Bot.Core.Search;

/// <summary>
/// Brute-force cosine search over L2-normalized vectors stored in one contiguous array, so a
/// query is a single sequential scan with SIMD dot products.
/// </summary>
public sealed class VectorIndex
{
    private readonly float[] _matrix;

    public VectorIndex(float[] matrix, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (matrix.Length % dimensions != 0)
        {
            throw new ArgumentException("The matrix length must be a multiple of the dimensions.", nameof(matrix));
        }

        _matrix = matrix;
        Dimensions = dimensions;
        Count = matrix.Length / dimensions;
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>Bytes of vector data a full scan reads.</summary>
    public long Bytes => (long)_matrix.Length * sizeof(float);

    /// <summary>Scales a vector to unit length in place, so dot products are cosines.</summary>
    internal static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    public IReadOnlyList<(int Doc, double Score)> Search(ReadOnlySpan<float> query, int top)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        var heap = new PriorityQueue<int, float>(top + 1);
        var span = _matrix.AsSpan();
        for (var doc = 0; doc < Count; doc++)
        {
            var score = TensorPrimitives.Dot(query, span.Slice(doc * Dimensions, Dimensions));
            if (heap.Count < top)
            {
                heap.Enqueue(doc, score);
            }
            else if (heap.TryPeek(out _, out var worst) && score > worst)
            {
                heap.DequeueEnqueue(doc, score);
            }
        }

        var result = new (int, double)[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var doc, out var score);
            result[i] = (doc, score);
        }

        return result;
    }
}

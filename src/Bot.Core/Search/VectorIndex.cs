using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;

namespace Bot.Core.Search;

/// <summary>
/// Cosine search over L2-normalised vectors, stored quantised: one sign bit per dimension for a
/// fast first pass, and one signed byte per dimension (with the vector's own scale) for re-scoring.
/// A query scans only the sign bits (32 bytes a passage at 256 dimensions, not 1 KB of floats),
/// keeps the <see cref="SearchConstants.VectorCandidates"/> best by agreeing signs, and scores
/// those against the full-precision query; the float vectors are not kept.
/// </summary>
public sealed class VectorIndex
{
    private readonly ulong[] _signs;
    private readonly sbyte[] _codes;
    private readonly float[] _scales;
    /// <summary>Widest query re-scored with a stack buffer.</summary>
    private const int MaxStackDimensions = 1024;

    private readonly int _words;

    public VectorIndex(float[] matrix, int dimensions)
        : this(CountOf(matrix, dimensions), dimensions)
    {
        for (var doc = 0; doc < Count; doc++)
        {
            Set(doc, matrix.AsSpan(doc * dimensions, dimensions));
        }
    }

    /// <summary>
    /// An index of <paramref name="count"/> zero vectors, each set once by <see cref="Set"/> while
    /// it is built (documents on different threads at once), so that a build never holds every
    /// float vector at the same time.
    /// </summary>
    internal VectorIndex(int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        Count = count;
        _words = (dimensions + 63) / 64;
        _signs = new ulong[Count * _words];
        _codes = new sbyte[Count * dimensions];
        _scales = new float[Count];
    }

    /// <summary>Stores document <paramref name="doc"/>'s unit vector: its sign bits and byte codes.</summary>
    internal void Set(int doc, ReadOnlySpan<float> vector)
    {
        SignBits(vector, _signs.AsSpan(doc * _words, _words));
        _scales[doc] = Quantize(vector, _codes.AsSpan(doc * Dimensions, Dimensions));
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>Bytes a query's first pass reads (the sign bits).</summary>
    public long Bytes => (long)_signs.Length * sizeof(ulong);

    /// <summary>Bytes the index holds: sign bits, byte codes and scales.</summary>
    public long StoredBytes => Bytes + _codes.Length + ((long)_scales.Length * sizeof(float));

    /// <summary>Scales a vector to unit length in place, so dot products are cosines.</summary>
    internal static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    /// <summary>The <paramref name="top"/> passages by cosine, best first (scores from the byte codes, within about 1% of the float cosine).</summary>
    public IReadOnlyList<(int Doc, double Score)> Search(ReadOnlySpan<float> query, int top)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        if (top <= 0 || Count == 0)
        {
            return [];
        }

        var wanted = Math.Max(top * SearchConstants.VectorCandidateFactor, SearchConstants.VectorCandidates);
        var candidates = wanted >= Count ? null : Candidates(query, wanted);
        var heap = new PriorityQueue<int, float>(top + 1);
        if (candidates is null)
        {
            for (var doc = 0; doc < Count; doc++)
            {
                Offer(heap, doc, Score(query, doc), top);
            }
        }
        else
        {
            foreach (var doc in candidates)
            {
                Offer(heap, doc, Score(query, doc), top);
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

    /// <summary>The score the first pass cannot see past: cosine from the byte codes against the float query.</summary>
    internal float Score(ReadOnlySpan<float> query, int doc)
    {
        var codes = _codes.AsSpan(doc * Dimensions, Dimensions);
        var rented = Dimensions > MaxStackDimensions ? ArrayPool<float>.Shared.Rent(Dimensions) : null;
        try
        {
            var widened = rented is null ? stackalloc float[Dimensions] : rented.AsSpan(0, Dimensions);
            TensorPrimitives.ConvertTruncating<sbyte, float>(codes, widened);
            return TensorPrimitives.Dot(query, widened) * _scales[doc];
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    private static void Offer(PriorityQueue<int, float> heap, int doc, float score, int top)
    {
        if (heap.Count < top)
        {
            heap.Enqueue(doc, score);
        }
        else if (heap.TryPeek(out _, out var worst) && score > worst)
        {
            heap.DequeueEnqueue(doc, score);
        }
    }

    /// <summary>
    /// The documents whose sign bits agree most with the query's: a count of agreeing bits per
    /// document, a histogram of the counts, and every document at or above the count that admits
    /// at least <paramref name="wanted"/> of them.
    /// </summary>
    private List<int> Candidates(ReadOnlySpan<float> query, int wanted)
    {
        Span<ulong> bits = stackalloc ulong[_words];
        SignBits(query, bits);
        var agreements = ArrayPool<ushort>.Shared.Rent(Count);
        try
        {
            return Select(bits, agreements.AsSpan(0, Count), wanted);
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(agreements);
        }
    }

    private List<int> Select(ReadOnlySpan<ulong> bits, Span<ushort> agreements, int wanted)
    {
        var width = _words * 64;

        // Four histograms, one per document modulo four, so that runs of documents with the same
        // count do not wait on one counter's store; summed below.
        Span<int> histograms = stackalloc int[4 * (width + 1)];
        histograms.Clear();
        if (_words == 4)
        {
            CountAgreements4(bits, agreements, histograms, width);
        }
        else
        {
            CountAgreements(bits, agreements, histograms, width);
        }

        var threshold = width;
        var admitted = HistogramAt(histograms, width, threshold);
        while (admitted < wanted && threshold > 0)
        {
            threshold--;
            admitted += HistogramAt(histograms, width, threshold);
        }

        if (threshold == 0)
        {
            return [.. Enumerable.Range(0, agreements.Length)];
        }

        var candidates = new List<int>(admitted);
        var doc = 0;
        var limit = new Vector<ushort>((ushort)(threshold - 1));
        for (; doc <= agreements.Length - Vector<ushort>.Count; doc += Vector<ushort>.Count)
        {
            // Most documents fall below the threshold: test a vector of them at once.
            if (Vector.GreaterThanAny(new Vector<ushort>(agreements.Slice(doc, Vector<ushort>.Count)), limit))
            {
                for (var i = doc; i < doc + Vector<ushort>.Count; i++)
                {
                    if (agreements[i] >= threshold)
                    {
                        candidates.Add(i);
                    }
                }
            }
        }

        for (; doc < agreements.Length; doc++)
        {
            if (agreements[doc] >= threshold)
            {
                candidates.Add(doc);
            }
        }

        return candidates;
    }

    private static int HistogramAt(ReadOnlySpan<int> histograms, int width, int count)
        => histograms[count] + histograms[width + 1 + count] + histograms[(2 * (width + 1)) + count] + histograms[(3 * (width + 1)) + count];

    private void CountAgreements(ReadOnlySpan<ulong> bits, Span<ushort> agreements, Span<int> histograms, int width)
    {
        var signs = _signs.AsSpan();
        for (var doc = 0; doc < agreements.Length; doc++)
        {
            var row = signs.Slice(doc * _words, _words);
            var differing = 0;
            for (var w = 0; w < row.Length; w++)
            {
                differing += BitOperations.PopCount(row[w] ^ bits[w]);
            }

            var agree = width - differing;
            agreements[doc] = (ushort)agree;
            histograms[((doc & 3) * (width + 1)) + agree]++;
        }
    }

    /// <summary>The common case of 256 dimensions (four words a document), unrolled.</summary>
    private void CountAgreements4(ReadOnlySpan<ulong> bits, Span<ushort> agreements, Span<int> histograms, int width)
    {
        var signs = _signs.AsSpan(0, agreements.Length * 4);
        ulong b0 = bits[0], b1 = bits[1], b2 = bits[2], b3 = bits[3];
        var stride = width + 1;
        for (var doc = 0; doc < agreements.Length; doc++)
        {
            var row = signs.Slice(doc * 4, 4);
            var differing = BitOperations.PopCount(row[0] ^ b0) + BitOperations.PopCount(row[1] ^ b1)
                + BitOperations.PopCount(row[2] ^ b2) + BitOperations.PopCount(row[3] ^ b3);
            var agree = width - differing;
            agreements[doc] = (ushort)agree;
            histograms[((doc & 3) * stride) + agree]++;
        }
    }

    private static int CountOf(float[] matrix, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (matrix.Length % dimensions != 0)
        {
            throw new ArgumentException("The matrix length must be a multiple of the dimensions.", nameof(matrix));
        }

        return matrix.Length / dimensions;
    }

    private static void SignBits(ReadOnlySpan<float> vector, Span<ulong> bits)
    {
        bits.Clear();
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > 0)
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>Codes each component as a signed byte of the vector's largest magnitude; returns the scale back to floats.</summary>
    private static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        var largest = TensorPrimitives.MaxMagnitude(vector);
        largest = MathF.Abs(largest);
        if (largest == 0 || float.IsNaN(largest))
        {
            codes.Clear();
            return 0;
        }

        var scale = largest / sbyte.MaxValue;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -sbyte.MaxValue, sbyte.MaxValue);
        }

        return scale;
    }
}

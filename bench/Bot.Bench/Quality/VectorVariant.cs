namespace Bot.Bench.Quality;

/// <summary>The figures of one dataset with one kind of vectors in the index (hashed, ONNX, fused); BM25 and the peers do not change with it.</summary>
internal sealed record VectorVariant(string Vectors, QualityFigures Figures);

namespace Bot.Core.Search;

/// <summary>The tuning constants of retrieval, in one place.</summary>
internal static class SearchConstants
{
    /// <summary>BM25 term-frequency saturation; 1.2 is the classic value for short passages.</summary>
    public const float Bm25K1 = 1.2f;

    /// <summary>BM25 length normalization; passages vary in length, so the standard 0.75.</summary>
    public const float Bm25B = 0.75f;

    /// <summary>How deep each retriever's list goes into fusion.</summary>
    public const int FusionDepth = 50;

    /// <summary>Weight of the BM25 score (scaled to the best hit) in fusion; BM25 is the more precise signal on news text.</summary>
    public const double LexicalWeight = 1.0;

    /// <summary>Weight of the cosine similarity in fusion (tuned on the IDK-MRC and FacQA valid splits).</summary>
    public const double SemanticWeight = 0.3;

    /// <summary>Each further passage from an already-listed article is scaled by this, for diversity.</summary>
    public const double SameArticleDecay = 0.8;

    /// <summary>Sentences per passage window.</summary>
    public const int WindowSentences = 3;

    /// <summary>Sentences between the starts of consecutive windows (so windows overlap by one).</summary>
    public const int WindowStride = 2;

    /// <summary>
    /// Fewest passages the vector index's sign-bit pass hands to re-scoring: enough that the true
    /// nearest 50 survive the coarse pass on the QA sets (measured by the quality bench).
    /// </summary>
    public const int VectorCandidates = 1000;

    /// <summary>Candidates re-scored per requested hit when more hits than usual are asked for.</summary>
    public const int VectorCandidateFactor = 20;

    /// <summary>
    /// Fewest articles for which a build splits its work over the cores: below it, starting the
    /// workers costs more than they save (and a start-up answering from a few articles pays for it).
    /// </summary>
    public const int ParallelMinimumArticles = 200;

    /// <summary>
    /// Fewest passages for which a hybrid query runs its vector side on another thread beside
    /// BM25: below it both sides take tens of microseconds and the hand-over would cost more.
    /// </summary>
    public const int ConcurrentSidesMinimumPassages = 20_000;

    /// <summary>Dimensions of the model-free hashed embedding.</summary>
    public const int HashedDimensions = 256;
}

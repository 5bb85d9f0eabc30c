namespace Bot.Bench.Quality;

/// <summary>
/// What happened to one question: the answer's verdicts and the gold passage's rank (0 = first,
/// null = not within the retrieval depth) among the distinct articles each retriever returned.
/// FTS5 and Lucene.Net rank whole dataset passages; the FTS5 window rank is FTS5 over the engine's own passage windows.
/// </summary>
internal sealed record ItemOutcome(
    string ItemId,
    bool Answerable,
    bool Answered,
    bool GoldCited,
    bool AnswerTextFound,
    int? HybridRank,
    int? Bm25Rank,
    int? VectorRank,
    int? Fts5Rank,
    int? Fts5WindowRank,
    int? LuceneRank,
    double AnswerMs);

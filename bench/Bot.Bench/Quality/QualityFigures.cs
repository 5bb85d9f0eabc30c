namespace Bot.Bench.Quality;

/// <summary>
/// The scores of a set of questions. Answer shares count an answerable question only when the bot
/// answered (answered: true) and cited the gold passage / wrote a gold answer text; abstention counts
/// unanswerable questions answered with answered: false. Null where a share has no questions.
/// </summary>
internal sealed record QualityFigures(
    int Questions,
    int Answerable,
    int Unanswerable,
    double? AnsweredShare,
    double? GoldCitedShare,
    double? AnswerTextShare,
    double? AbstainShare,
    RecallAtK Hybrid,
    RecallAtK Bm25,
    RecallAtK Vector,
    RecallAtK Fts5,
    RecallAtK Fts5Windows,
    RecallAtK Lucene,
    double MeanAnswerMs)
{
    public static QualityFigures From(IReadOnlyList<ItemOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var answerable = outcomes.Where(o => o.Answerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Answerable).ToList();
        return new QualityFigures(
            outcomes.Count,
            answerable.Count,
            unanswerable.Count,
            Share(answerable, o => o.Answered),
            Share(answerable, o => o.Answered && o.GoldCited),
            Share(answerable, o => o.Answered && o.AnswerTextFound),
            Share(unanswerable, o => !o.Answered),
            RecallAtK.From(answerable.Select(o => o.HybridRank).ToList()),
            RecallAtK.From(answerable.Select(o => o.Bm25Rank).ToList()),
            RecallAtK.From(answerable.Select(o => o.VectorRank).ToList()),
            RecallAtK.From(answerable.Select(o => o.Fts5Rank).ToList()),
            RecallAtK.From(answerable.Select(o => o.Fts5WindowRank).ToList()),
            RecallAtK.From(answerable.Select(o => o.LuceneRank).ToList()),
            outcomes.Count == 0 ? 0 : outcomes.Average(o => o.AnswerMs));
    }

    private static double? Share(List<ItemOutcome> items, Func<ItemOutcome, bool> counts)
        => items.Count == 0 ? null : items.Count(counts) / (double)items.Count;
}

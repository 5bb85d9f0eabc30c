namespace Bot.Core.Summaries;

/// <summary>The tuning of story grouping and extractive summaries, each value in one place.</summary>
internal static class SummaryConstants
{
    /// <summary>Two articles whose main events fall at most this many days apart may report the same event (time zones, "yesterday").</summary>
    public const int SameEventDays = 1;

    /// <summary>With agreeing event dates, this much text similarity (TF-IDF cosine) confirms the same story.</summary>
    public const double SimilarityWithDate = 0.08;

    /// <summary>With agreeing event dates, this share of shared named entities also confirms it.</summary>
    public const double EntityOverlapWithDate = 0.15;

    /// <summary>Without a date on one side, the texts must be this similar…</summary>
    public const double SimilarityWithoutDate = 0.35;

    /// <summary>…and share this many of their named entities…</summary>
    public const double EntityOverlapWithoutDate = 0.3;

    /// <summary>…and be published at most this many days apart.</summary>
    public const int PublishedWithinDays = 7;

    /// <summary>Weight of a date mention in an article's first sentence; later ones weigh less (leads state the news).</summary>
    public const double LeadDateWeight = 3.0;

    /// <summary>A date this many days before publication weighs half as much as one on the day (background vs. news).</summary>
    public const double RecencyDays = 30.0;

    /// <summary>Sentences in a story summary (the brief asks 3–5; fewer only when the articles hold fewer distinct ones).</summary>
    public const int MaxSummarySentences = 4;

    /// <summary>Sentences in an update for a story that grew.</summary>
    public const int UpdateSentences = 2;

    /// <summary>Relevance added to an article's first sentence (halving, thirding… for later ones): leads summarize.</summary>
    public const double LeadBonus = 0.15;

    /// <summary>MMR trade-off: 1 is pure relevance, 0 pure novelty.</summary>
    public const double MmrLambda = 0.7;

    /// <summary>A sentence this similar to one already chosen says the same thing and is skipped.</summary>
    public const double RedundantSimilarity = 0.6;

    /// <summary>A sentence in another article this similar to a chosen one supports it, so that article is cited too.</summary>
    public const double SupportSimilarity = 0.35;

    /// <summary>Sentences shorter or longer than this (characters) make poor summary lines.</summary>
    public const int MinSentenceLength = 40;

    /// <summary>An outlet banner opening a lead ("JAKARTA, KOMPAS.com - ") is at most this long.</summary>
    public const int MaxBannerLength = 40;

    /// <summary>Longest sentence taken into a summary.</summary>
    public const int MaxSentenceLength = 400;
}

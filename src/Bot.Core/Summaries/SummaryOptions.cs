namespace Bot.Core.Summaries;

/// <summary>
/// Every hand-set parameter of story grouping and extractive summaries, in one place. What a
/// sentence is worth is learned (<see cref="SummaryModel"/>, trained on IndoSum's gold extractive
/// labels); these are the rules around it: how long a summary may be, which sentences may take
/// part at all, when two sentences state the same fact, and when two articles report one event.
/// </summary>
public sealed record SummaryOptions
{
    public static SummaryOptions Default { get; } = new();

    /// <summary>Fewest sentences of a story summary, unless the articles hold fewer distinct ones (a digest post is 3–5 sentences).</summary>
    public int MinSentences { get; init; } = 3;

    /// <summary>Most sentences of a story summary; between the two the learned stopping probability decides.</summary>
    public int MaxSentences { get; init; } = 5;

    /// <summary>Sentences of an update for a story that grew.</summary>
    public int UpdateSentences { get; init; } = 2;

    /// <summary>Shorter sentences (characters, after stripping datelines) rarely carry a whole fact.</summary>
    public int MinSentenceLength { get; init; } = 25;

    /// <summary>Longest sentence taken into a summary (characters); longer ones are usually run-on page text.</summary>
    public int MaxSentenceLength { get; init; } = 400;

    /// <summary>A sentence states a fact when it has at least this many content terms and names something (a name, a number or a date)…</summary>
    public int MinFactTerms { get; init; } = 3;

    /// <summary>…or, naming nothing, at least this many content terms.</summary>
    public int MinPlainFactTerms { get; init; } = 6;

    /// <summary>
    /// Two sentences state the same fact when this share of the shorter one's content terms (stemmed,
    /// stop words left out) appears in the other and no name or number of it is missing there. The
    /// summary keeps one of them and cites every article that has one.
    /// </summary>
    public double SameFactOverlap { get; init; } = 0.6;

    /// <summary>
    /// Two sentences this close in wording (TF-IDF cosine within the story) are near-duplicates even
    /// when neither holds most of the other's terms: outlets retelling one fact in their own words.
    /// Only one of them is quoted.
    /// </summary>
    public double NearDuplicateSimilarity { get; init; } = 0.5;

    /// <summary>A dateline or outlet banner opening a sentence ("Jakarta, CNN Indonesia - -") is at most this many characters.</summary>
    public int MaxDatelineLength { get; init; } = 60;

    /// <summary>Two articles whose main events fall at most this many days apart may report the same event (time zones, "yesterday").</summary>
    public int SameEventDays { get; init; } = 1;

    /// <summary>With agreeing event dates, this much text similarity (TF-IDF cosine) confirms the same story.</summary>
    public double SimilarityWithDate { get; init; } = 0.08;

    /// <summary>With agreeing event dates, this share of shared named entities also confirms it.</summary>
    public double EntityOverlapWithDate { get; init; } = 0.15;

    /// <summary>Without a date on one side, the texts must be this similar…</summary>
    public double SimilarityWithoutDate { get; init; } = 0.35;

    /// <summary>…and share this many of their named entities…</summary>
    public double EntityOverlapWithoutDate { get; init; } = 0.3;

    /// <summary>…and be published at most this many days apart.</summary>
    public int PublishedWithinDays { get; init; } = 7;

    /// <summary>Weight of a date mention in an article's first sentence; later ones weigh less (leads state the news).</summary>
    public double LeadDateWeight { get; init; } = 3.0;

    /// <summary>A date this many days before publication weighs half as much as one on the day (background vs. news).</summary>
    public double RecencyDays { get; init; } = 30.0;

    /// <summary>The problems of these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MinSentences < 1 || MaxSentences < MinSentences)
        {
            problems.Add("MinSentences must be at least 1 and MaxSentences at least MinSentences.");
        }

        if (UpdateSentences < 1)
        {
            problems.Add("UpdateSentences must be at least 1.");
        }

        if (MinSentenceLength < 0 || MaxSentenceLength <= MinSentenceLength)
        {
            problems.Add("MaxSentenceLength must be above MinSentenceLength, which must not be negative.");
        }

        if (SameFactOverlap is <= 0 or > 1 || NearDuplicateSimilarity is <= 0 or > 1 || SimilarityWithDate is < 0 or > 1 || SimilarityWithoutDate is < 0 or > 1
            || EntityOverlapWithDate is < 0 or > 1 || EntityOverlapWithoutDate is < 0 or > 1)
        {
            problems.Add("Overlaps and similarities are shares between 0 and 1.");
        }

        if (SameEventDays < 0 || PublishedWithinDays < 0 || RecencyDays <= 0 || LeadDateWeight < 1 || MinFactTerms < 0 || MinPlainFactTerms < MinFactTerms || MaxDatelineLength < 0)
        {
            problems.Add("Day counts and term counts must not be negative, RecencyDays must be positive, LeadDateWeight at least 1 and MinPlainFactTerms at least MinFactTerms.");
        }

        return problems;
    }
}

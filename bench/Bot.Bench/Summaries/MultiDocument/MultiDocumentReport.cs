namespace Bot.Bench.Summaries.MultiDocument;

/// <summary>One summarizer on the story groups: how many of the group's facts its summaries state, and how often they repeat one.</summary>
internal sealed record MultiDocumentScores(
    string System,
    int Stories,
    double Sentences,
    double FactsCovered,
    double FactRecall,
    double RepeatedSentences,
    double DatelineStarts);

/// <summary>What only our summaries do: cite every article that states a sentence's fact, and open with the event day.</summary>
internal sealed record CitationScores(
    double CitationRecall,
    double CitationPrecision,
    double SentencesCitingSeveral,
    int StoriesWithEventDay,
    double OpeningGivesEventDay,
    double ProductGroupsAsOne);

/// <summary>The multi-document table of one corpus.</summary>
internal sealed record MultiDocumentReport(string Corpus, int Groups, double ArticlesPerGroup, double FactsPerGroup, IReadOnlyList<MultiDocumentScores> Systems, CitationScores Ours);

namespace Bot.Bench.Vocabulary;

/// <summary>
/// How far the English → Indonesian vocabulary reaches on one question set. Shares are of the
/// questions' content words (word tokens that are not English stop words or numbers).
/// </summary>
/// <param name="Translated">the word has at least one Indonesian rendering</param>
/// <param name="ReachedCorpus">a rendering's term occurs in the articles the questions are asked over</param>
/// <param name="ReachedGold">a rendering's term occurs in the question's own gold articles</param>
/// <param name="FoundCorpus">a rendering's term or the word's own term occurs in those articles (names count)</param>
/// <param name="FoundGold">the same, in the gold articles</param>
/// <param name="Unreached">the most frequent words with neither a rendering nor their own term in the articles, with counts</param>
internal sealed record ReachFigures(
    string Set,
    int Questions,
    int ContentWords,
    double Translated,
    double ReachedCorpus,
    double ReachedGold,
    double FoundCorpus,
    double FoundGold,
    IReadOnlyList<string> Unreached);

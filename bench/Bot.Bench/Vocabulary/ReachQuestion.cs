namespace Bot.Bench.Vocabulary;

/// <summary>
/// An English question with the index terms of the articles it is asked over and of the
/// articles that answer it (its gold articles or passage).
/// </summary>
internal sealed record ReachQuestion(string Question, IReadOnlySet<string> CorpusTerms, IReadOnlySet<string> GoldTerms);

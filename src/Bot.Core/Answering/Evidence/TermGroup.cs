namespace Bot.Core.Answering.Evidence;

/// <summary>
/// One content word of a question with every index term that can stand for it (its stem and
/// its translations), weighted by how rare it is in the corpus.
/// </summary>
internal sealed record TermGroup(string Word, IReadOnlySet<string> Terms, double Weight, bool IsEntity, bool InCorpus);

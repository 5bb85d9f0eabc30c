using Bot.Core.Search;

namespace Bot.Core.Summaries;

/// <summary>A sentence that may go into a summary, with its vector and how well it represents the story.</summary>
internal sealed record SummaryCandidate(ArticleSentence Sentence, string Text, int Position, TermVector Vector, double Relevance, bool StatesEventDate);

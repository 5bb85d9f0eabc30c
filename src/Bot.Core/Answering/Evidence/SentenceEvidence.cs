using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Core.Answering.Evidence;

/// <summary>
/// A sentence that may hold the answer: the learned scorer's probability that it answers the
/// question (<see cref="Score"/>), the features that probability came from, how well it (and its
/// neighbours) cover the question and which of its tokens matched.
/// </summary>
internal sealed record SentenceEvidence(
    ArticleSentence Sentence,
    double Score,
    double Coverage,
    double EntityCoverage,
    IReadOnlySet<int> MatchedTokenStarts,
    IReadOnlyList<DateMention> NearbyDates,
    bool ArticleHasMonth,
    double[] Features);

using Bot.Core.Search;

namespace Bot.Core.Summaries;

/// <summary>
/// A sentence of a story that may go into its summary: the text as it would be quoted (dateline
/// stripped), where it stands in its article, what it states, and its fixed features.
/// </summary>
internal sealed record SummaryCandidate(
    ArticleSentence Sentence,
    string Text,
    int Position,
    int ArticleOrder,
    TermVector Vector,
    SentenceContent Content,
    IReadOnlyList<double> Features)
{
    public bool StatesEventDate => Features[(int)SummaryFeature.StatesEventDate] > 0;

    /// <summary>The features with <see cref="SummaryFeature.Novelty"/> against the sentences already chosen.</summary>
    public double[] FeaturesGiven(IEnumerable<SummaryCandidate> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var features = Features.ToArray();
        features[(int)SummaryFeature.Novelty] = 1 - chosen.Select(c => c.Vector.Cosine(Vector)).DefaultIfEmpty(0).Max();
        return features;
    }
}

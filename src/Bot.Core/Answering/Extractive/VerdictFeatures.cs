using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Learned;
using Bot.Core.Answering.Questions;
using Bot.Core.Answering.Spans;
using Bot.Core.Language;

namespace Bot.Core.Answering.Extractive;

/// <summary>The <see cref="VerdictFeature"/>s of a question's best answer: what the abstention decides on.</summary>
internal static class VerdictFeatures
{
    /// <summary>Log-odds standing for "no rival answer".</summary>
    private const double NoRival = -8;

    public static double[] Of(QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, IReadOnlyList<SentenceEvidence> evidence, IReadOnlyList<AnswerCandidate> candidates, AnswerCandidate best, int agreeingArticles)
    {
        var features = new double[FeatureKeys.Count<VerdictFeature>()];
        var own = best.Evidence.Features;
        var bestLogit = LogisticScorer.LogOdds(best.Evidence.Score);
        var rival = candidates.Where(c => !string.Equals(c.Key, best.Key, StringComparison.Ordinal)).Select(c => c.Evidence.Score).DefaultIfEmpty(double.NaN).Max();
        var rivalLogit = double.IsNaN(rival) ? NoRival : LogisticScorer.LogOdds(rival);
        features[(int)VerdictFeature.BestLogit] = bestLogit;
        features[(int)VerdictFeature.RivalLogit] = rivalLogit;
        features[(int)VerdictFeature.Margin] = bestLogit - rivalLogit;
        features[(int)VerdictFeature.Coverage] = own[(int)EvidenceFeature.Coverage];
        features[(int)VerdictFeature.OwnCoverage] = own[(int)EvidenceFeature.OwnCoverage];
        features[(int)VerdictFeature.EntityCoverage] = own[(int)EvidenceFeature.EntityCoverage];
        features[(int)VerdictFeature.Uncovered] = 1 - evidence.Select(e => e.Coverage).DefaultIfEmpty(0).Max();
        features[(int)VerdictFeature.TypeMatch] = own[(int)EvidenceFeature.TypeMatch];
        features[(int)VerdictFeature.WordCoverage] = own[(int)EvidenceFeature.WordCoverage];
        features[(int)VerdictFeature.RarestMatched] = own[(int)EvidenceFeature.RarestMatched];
        features[(int)VerdictFeature.PassageRank] = own[(int)EvidenceFeature.PassageRank];
        var top = evidence.MaxBy(e => e.Score)!;
        features[(int)VerdictFeature.TopEvidenceLogit] = LogisticScorer.LogOdds(top.Score);
        features[(int)VerdictFeature.FromTopEvidence] = ReferenceEquals(top, best.Evidence) ? 1 : 0;
        features[(int)VerdictFeature.AgreeingArticles] = Math.Log(1 + agreeingArticles);
        features[(int)VerdictFeature.QuestionWords] = Math.Log(1 + groups.Count);
        features[(int)VerdictFeature.English] = analysis.Language == TextLanguage.English ? 1 : 0;
        features[(int)VerdictFeature.When] = analysis.Type == QuestionType.When ? 1 : 0;
        features[(int)VerdictFeature.Entity] = analysis.Type is QuestionType.Who or QuestionType.Where ? 1 : 0;
        features[(int)VerdictFeature.Quantity] = analysis.Type is QuestionType.HowMuch or QuestionType.HowLong ? 1 : 0;
        features[(int)VerdictFeature.Clause] = analysis.Type is QuestionType.What or QuestionType.Why or QuestionType.YesNo ? 1 : 0;
        return features;
    }
}

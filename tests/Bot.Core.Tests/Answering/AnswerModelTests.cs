using Bot.Core.Answering.Learned;
using Xunit;

namespace Bot.Core.Tests.Answering;

public sealed class AnswerModelTests
{
    [Fact]
    public void Default_ReadsTheShippedFile_WithEveryFeatureAndAThresholdBetweenZeroAndOne()
    {
        var model = AnswerModel.Default;

        Assert.Equal(FeatureKeys.Count<EvidenceFeature>(), model.Sentence.Count);
        Assert.Equal(FeatureKeys.Count<VerdictFeature>(), model.Verdict.Count);
        Assert.InRange(model.AnswerThreshold, 0.0, 1.0);
    }

    [Fact]
    public void Sentence_CoveringMoreOfTheQuestion_ScoresHigher()
    {
        var model = AnswerModel.Default.Sentence;
        var weak = new double[model.Count];
        var strong = new double[model.Count];
        foreach (var f in new[] { EvidenceFeature.Coverage, EvidenceFeature.OwnCoverage, EvidenceFeature.WordCoverage, EvidenceFeature.EntityCoverage })
        {
            weak[(int)f] = 0.1;
            strong[(int)f] = 0.9;
        }

        Assert.True(model.Probability(strong) > model.Probability(weak));
    }

    [Fact]
    public void ToJson_ThenParse_GivesTheSameProbabilities()
    {
        var model = AnswerModel.Default;
        var copy = AnswerModel.Parse(model.ToJson(new AnswerTrainingInfo { Train = "test" }));
        var features = Enumerable.Range(0, model.Sentence.Count).Select(i => i * 0.1).ToArray();

        Assert.Equal(model.Sentence.Probability(features), copy.Sentence.Probability(features), 12);
        Assert.Equal(model.AnswerThreshold, copy.AnswerThreshold);
    }

    [Fact]
    public void Parse_AFileLackingAFeature_NamesIt()
    {
        var json = AnswerModel.Default.ToJson(new AnswerTrainingInfo()).Replace("\"own_coverage\"", "\"renamed\"", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => AnswerModel.Parse(json));
        Assert.Contains("own_coverage", error.Message, StringComparison.Ordinal);
    }
}

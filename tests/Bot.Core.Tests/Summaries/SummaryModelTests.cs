using System.Text.Json.Nodes;
using Bot.Core.Summaries;

namespace Bot.Core.Tests.Summaries;

public sealed class SummaryModelTests
{
    private static double[] Features(Action<double[]> set)
    {
        var features = new double[SummaryFeatures.Count];
        features[(int)SummaryFeature.Novelty] = 1;
        set(features);
        return features;
    }

    [Fact]
    public void Default_ShippedWeights_LoadWithAStoppingProbability()
    {
        var model = SummaryModel.Default;

        Assert.Equal(SummaryFeatures.Count, model.Weights.Count);
        Assert.InRange(model.StopProbability, 0.01, 0.99);
    }

    [Fact]
    public void Default_ShippedWeights_LeadLikelierThanALateQuote()
    {
        // What IndoSum's labels teach: the opening sentence of a news report belongs in its summary far more often than a late quotation.
        var model = SummaryModel.Default;
        var lead = Features(f =>
        {
            f[(int)SummaryFeature.Lead] = 1;
            f[(int)SummaryFeature.InversePosition] = 1;
            f[(int)SummaryFeature.InverseParagraph] = 1;
            f[(int)SummaryFeature.ParagraphStart] = 1;
            f[(int)SummaryFeature.CentreSimilarity] = 0.4;
            f[(int)SummaryFeature.Length] = 2.8;
        });
        var lateQuote = Features(f =>
        {
            f[(int)SummaryFeature.InversePosition] = 1.0 / 13;
            f[(int)SummaryFeature.RelativePosition] = 0.8;
            f[(int)SummaryFeature.InverseParagraph] = 1.0 / 7;
            f[(int)SummaryFeature.CentreSimilarity] = 0.4;
            f[(int)SummaryFeature.Length] = 2.8;
            f[(int)SummaryFeature.Quotation] = 1;
        });

        Assert.True(model.Probability(lead) > model.StopProbability);
        Assert.True(model.Probability(lateQuote) < model.StopProbability);
    }

    [Fact]
    public void ToJsonThenParse_SameProbabilities()
    {
        var model = new SummaryModel(
            [.. Enumerable.Range(0, SummaryFeatures.Count).Select(i => i * 0.1)],
            [.. Enumerable.Repeat(2.0, SummaryFeatures.Count)],
            [.. Enumerable.Range(0, SummaryFeatures.Count).Select(i => (i % 3) - 1.0)],
            -0.5,
            0.35);
        var features = Features(f => f[(int)SummaryFeature.Lead] = 1);

        var copy = SummaryModel.Parse(model.ToJson(new SummaryTrainingInfo { Data = "test" }));

        Assert.Equal(model.Probability(features), copy.Probability(features), 12);
        Assert.Equal(0.35, copy.StopProbability);
    }

    [Fact]
    public void Parse_FeatureMissingOrUnknown_Refused()
    {
        var json = JsonNode.Parse(SummaryModel.Default.ToJson(new SummaryTrainingInfo()))!;
        var features = json["features"]!.AsArray();
        features.RemoveAt(0);
        var missing = Assert.Throws<FormatException>(() => SummaryModel.Parse(json.ToJsonString()));
        features.Add(new JsonObject { ["name"] = "shoe_size", ["weight"] = 1.0, ["mean"] = 0.0, ["scale"] = 1.0 });

        Assert.Contains("lead", missing.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => SummaryModel.Parse(json.ToJsonString()));
    }

    [Fact]
    public void Key_SnakeCase()
    {
        Assert.Equal("headline_similarity", SummaryFeatures.Key(SummaryFeature.HeadlineSimilarity));
        Assert.Equal("lead", SummaryFeatures.Key(SummaryFeature.Lead));
    }
}

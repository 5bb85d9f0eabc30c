using Bot.Bench.Summaries;
using Bot.Bench.Summaries.Training;
using Bot.Core.Summaries;

namespace Bot.Tests.Bench.Summaries;

public sealed class SummaryTrainingTests
{
    [Fact]
    public void Fit_OneInformativeFeature_PositiveWeightAndNoiseNearZero()
    {
        var random = new Random(7);
        var features = new List<double[]>();
        var labels = new List<bool>();
        for (var i = 0; i < 2000; i++)
        {
            var signal = random.NextDouble();
            features.Add([signal, random.NextDouble()]);
            labels.Add(random.NextDouble() < signal);
        }

        var fit = LogisticRegression.Fit(features, labels, 0.0001);

        Assert.True(fit.Weights[0] > 0.5, $"weight of the signal {fit.Weights[0]}");
        Assert.InRange(fit.Weights[1], -0.2, 0.2);
        Assert.True(fit.Probability([0.95, 0.5]) > 0.8);
        Assert.True(fit.Probability([0.05, 0.5]) < 0.2);
    }

    [Fact]
    public void Fit_SameData_SameWeights()
    {
        double[][] features = [[0, 1], [1, 0], [0.5, 0.5], [0.2, 0.9], [0.9, 0.1], [0.4, 0.3]];
        bool[] labels = [false, true, true, false, true, false];

        var a = LogisticRegression.Fit(features, labels, 0.01);
        var b = LogisticRegression.Fit(features, labels, 0.01);

        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Bias, b.Bias);
    }

    [Fact]
    public void IsGold_SentenceWithDatelineStripped_TakesTheLabelOfItsDatasetSentence()
    {
        var article = TinyIndoSum.Articles(1)[0];

        Assert.True(TrainingExamples.IsGold("Banjir merendam 100 rumah warga di Jakarta pada Senin pagi.", article));
        Assert.False(TrainingExamples.IsGold("Petugas membagikan makanan kepada 40 keluarga di masjid terdekat.", article));
        Assert.False(TrainingExamples.IsGold("Sesuatu yang tidak ada di artikel sama sekali.", article));
    }

    [Fact]
    public void Run_TinyTrainAndValidParts_WritesAModelTheEngineReads()
    {
        // Enough rows that both the train and the valid part of the id split hold some.
        var articles = IndoSumLoader.Parse(Enumerable.Range(0, 40).Select(i => TinyIndoSum.Row(i)));
        Assert.Contains(articles, a => IndoSumSplit.PartOf(a.Id) == IndoSumPart.Valid);

        var json = new SummaryTraining(TextWriter.Null).Run(articles, SummaryOptions.Default);

        var model = SummaryModel.Parse(json);
        Assert.Contains(model.StopProbability, SummaryTraining.StopProbabilities);
        Assert.Contains("\"trainArticles\"", json, StringComparison.Ordinal);
    }
}

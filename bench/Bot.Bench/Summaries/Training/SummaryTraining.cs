using System.Globalization;
using Bot.Core.Summaries;

namespace Bot.Bench.Summaries.Training;

/// <summary>
/// Trains the summary sentence scorer: logistic regression on the gold extractive labels of
/// IndoSum's train part, then the penalty and the stopping probability that give the product's
/// summaries of the valid part the best mean of ROUGE-1 and ROUGE-2 F1. The test part is never read.
/// </summary>
internal sealed class SummaryTraining(TextWriter progress)
{
    public static readonly IReadOnlyList<double> Penalties = [0.00001, 0.0001, 0.001, 0.01];

    public static readonly IReadOnlyList<double> StopProbabilities = [.. Enumerable.Range(1, 14).Select(i => i * 0.05)];

    /// <summary>The weights file's text.</summary>
    public string Run(IReadOnlyList<IndoSumArticle> all, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(options);
        var train = IndoSumSplit.Part(all, IndoSumPart.Train);
        var valid = IndoSumSplit.Part(all, IndoSumPart.Valid);
        progress.WriteLine($"IndoSum: {all.Count} articles; train {train.Count}, valid {valid.Count} (test {IndoSumSplit.Part(all, IndoSumPart.Test).Count} left alone)");
        var (features, labels) = TrainingExamples.From(new OurSummarizer(train), train, options);
        progress.WriteLine($"train: {features.Count} candidate sentences, {labels.Count(l => l)} gold");
        var validSummarizer = new OurSummarizer(valid);

        (double Score, double L2, double Stop, LogisticRegression Fit, double R1, double R2)? best = null;
        foreach (var l2 in Penalties)
        {
            var fit = LogisticRegression.Fit(features, labels, l2);
            foreach (var stop in StopProbabilities)
            {
                var (r1, r2) = ValidRouge(validSummarizer, valid, options, ToModel(fit, stop));
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  l2 {l2:0.#####} stop {stop:0.00}: valid R-1 {r1:0.0000} R-2 {r2:0.0000}"));
                if (best is null || (r1 + r2) / 2 > best.Value.Score)
                {
                    best = ((r1 + r2) / 2, l2, stop, fit, r1, r2);
                }
            }
        }

        var chosen = best!.Value;
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chose l2 {chosen.L2} stop {chosen.Stop:0.00} (valid R-1 {chosen.R1:0.0000}, R-2 {chosen.R2:0.0000})"));
        var info = new SummaryTrainingInfo
        {
            Data = $"IndoSum dev folds 1-5, union of {all.Count} articles after deduplication (Kurniawan and Louvan 2018; CC BY-SA 4.0)",
            Split = "first 4 bytes of SHA-256 of the article id (big-endian) mod 10: 0-1 test (never read in training), 2 valid, 3-9 train",
            TrainArticles = train.Count,
            TrainSentences = features.Count,
            TrainPositives = labels.Count(l => l),
            ValidArticles = valid.Count,
            L2 = chosen.L2,
            ValidRouge1 = Math.Round(chosen.R1, 4),
            ValidRouge2 = Math.Round(chosen.R2, 4),
            Command = "dotnet run -c Release --project tools/SummaryTrainer",
        };
        return ToModel(chosen.Fit, chosen.Stop).ToJson(info);
    }

    internal static SummaryModel ToModel(LogisticRegression fit, double stop)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new SummaryModel(fit.Mean, fit.Scale, fit.Weights, fit.Bias, stop);
    }

    /// <summary>Mean ROUGE-1 and ROUGE-2 F1 of the product's summaries of the articles.</summary>
    internal static (double Rouge1, double Rouge2) ValidRouge(OurSummarizer summarizer, IReadOnlyList<IndoSumArticle> articles, SummaryOptions options, SummaryModel model)
    {
        ArgumentNullException.ThrowIfNull(summarizer);
        ArgumentNullException.ThrowIfNull(articles);
        var r1 = 0.0;
        var r2 = 0.0;
        foreach (var article in articles)
        {
            var scores = Rouge.Score(string.Join(' ', summarizer.Summarize(article, options, model)), article.Reference);
            r1 += scores.Rouge1.F1;
            r2 += scores.Rouge2.F1;
        }

        return (r1 / Math.Max(1, articles.Count), r2 / Math.Max(1, articles.Count));
    }
}

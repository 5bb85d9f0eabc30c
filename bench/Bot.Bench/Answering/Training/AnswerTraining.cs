using System.Diagnostics;
using System.Globalization;
using Bot.Bench.Corpus;
using Bot.Bench.Summaries.Training;
using Bot.Core;
using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Learned;
using Bot.Core.Answering.Options;

namespace Bot.Bench.Answering.Training;

/// <summary>
/// Trains the extractive answerer's two logistic regressions on public QA train splits, each split's
/// passages pooled into one knowledge base and every question asked against the whole pool, as the
/// quality bench does: (a) the sentence scorer, on every evidence sentence the answerer weighs,
/// labelled by whether it is a gold-passage sentence containing a gold answer; (b) the verdict, on
/// each question's best answer under that scorer, labelled by whether that answer's citations
/// include the gold passage (never, for an unanswerable question). The abstention threshold is the
/// one that, on the valid splits, best meets the targets together: the worst of
/// abstained/0.85 (unanswerables), cited/0.70 (answerables of a set with unanswerables) and
/// cited/0.80 (a set of answerables only) is maximised. Test splits are never read.
/// </summary>
internal sealed class AnswerTraining(TextWriter progress)
{
    /// <summary>L2 penalty per example of both regressions.</summary>
    public const double L2 = 1e-4;

    private const double AbstainTarget = 0.85;
    private const double CitedWithUnanswerables = 0.70;
    private const double CitedAnswerablesOnly = 0.80;

    public static readonly IReadOnlyList<double> Thresholds = [.. Enumerable.Range(1, 79).Select(i => i * 0.0125)];

    /// <summary>The weights file's text.</summary>
    public string Run(IReadOnlyList<QaDataset> train, IReadOnlyList<QaDataset> valid, string command)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(valid);
        var options = AnswerOptions.Default with { Scoring = AnswerScoring.Learned };
        var trainPools = train.Select(Pool).ToList();

        // (a) The sentence scorer. Its features do not depend on the model, so any model collects them.
        var sentenceX = new List<double[]>();
        var sentenceY = new List<bool>();
        ForEachTrace(trainPools, Bootstrap(), options, (item, trace) =>
        {
            foreach (var e in trace.Evidence)
            {
                sentenceX.Add(e.Features);
                sentenceY.Add(AnswerLabels.Answers(item, e.Sentence));
            }
        });
        progress.WriteLine($"sentences: {sentenceX.Count}, {sentenceY.Count(y => y)} answer a question");
        var sentence = ToScorer(LogisticRegression.Fit(sentenceX, sentenceY, L2));
        var sentenceCount = sentenceX.Count;
        var positives = sentenceY.Count(y => y);
        sentenceX.Clear();

        // (b) The verdict on the best answer that scorer leads to.
        var verdictX = new List<double[]>();
        var verdictY = new List<bool>();
        var scored = new AnswerModel(sentence, Zero(FeatureKeys.Count<VerdictFeature>()), 0);
        ForEachTrace(trainPools, scored, options, (item, trace) =>
        {
            if (trace.VerdictFeatures is { } features)
            {
                verdictX.Add(features);
                verdictY.Add(CitesGold(item, trace));
            }
        });
        progress.WriteLine($"verdicts: {verdictX.Count} best answers, {verdictY.Count(y => y)} cite the gold passage");
        var verdict = ToScorer(LogisticRegression.Fit(verdictX, verdictY, L2));
        var model = new AnswerModel(sentence, verdict, 0.5);

        // The threshold, on the valid splits.
        var validPools = valid.Select(Pool).ToList();
        var outcomes = validPools.Select(_ => new List<(bool Answerable, double Verdict, bool Cited)>()).ToList();
        for (var i = 0; i < validPools.Count; i++)
        {
            var list = outcomes[i];
            ForEachTrace([validPools[i]], model, options, (item, trace) =>
                list.Add((item.Answerable, trace.Best is null ? -1 : trace.Verdict, trace.Best is not null && CitesGold(item, trace))));
        }

        Diagnose(validPools, model, options);
        var (threshold, figures) = ChooseThreshold(validPools.Select(p => p.Dataset.Name).ToList(), outcomes);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.0000}: ") + string.Join(", ", figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value:0.000}"))));
        var info = new AnswerTrainingInfo
        {
            Train = string.Join("; ", trainPools.Select(p => $"{p.Dataset.Description}: {p.Items.Count} questions over {p.Dataset.Passages.Count} passages")),
            Valid = string.Join("; ", validPools.Select(p => $"{p.Dataset.Description}: {p.Items.Count} questions")),
            TrainQuestions = trainPools.Sum(p => p.Items.Count),
            TrainSentences = sentenceCount,
            TrainPositives = positives,
            L2 = L2,
            ThresholdRule = "maximises the worst of abstained/0.85 on unanswerables, cited/0.70 on answerables of sets with unanswerables, cited/0.80 on sets of answerables only (valid splits)",
            ValidFigures = figures,
            Command = command,
        };
        return model.WithThreshold(threshold).ToJson(info);
    }

    /// <summary>Where answerable valid questions are lost: retrieval, the sentence ranking, the answer span, or the citations.</summary>
    private void Diagnose(IReadOnlyList<TrainingPool> pools, AnswerModel model, AnswerOptions options)
    {
        foreach (var pool in pools)
        {
            var answerer = new ExtractiveAnswerer(new FixedKnowledgeBase(pool.KnowledgeBase), model, options);
            int n = 0, retrieved = 0, topSentence = 0, topGold = 0, best = 0, cited = 0;
            foreach (var item in pool.Items.Where(i => i.Answerable))
            {
                var trace = answerer.Trace(item.Question);
                n++;
                retrieved += trace.Hits.Any(h => h.Passage.ArticleId == item.GoldPassageId) ? 1 : 0;
                var top = trace.Evidence.MaxBy(e => e.Score);
                topSentence += top is not null && AnswerLabels.Answers(item, top.Sentence) ? 1 : 0;
                topGold += top is not null && top.Sentence.ArticleId == item.GoldPassageId ? 1 : 0;
                best += trace.Best is { } b && b.Evidence.Sentence.ArticleId == item.GoldPassageId ? 1 : 0;
                cited += CitesGold(item, trace) ? 1 : 0;
            }

            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pool.Dataset.Name} answerable {n}: gold retrieved {retrieved / (double)n:0.000}, top sentence answers {topSentence / (double)n:0.000}, top sentence in gold {topGold / (double)n:0.000}, best answer in gold {best / (double)n:0.000}, cites gold {cited / (double)n:0.000}"));
        }
    }

    private static (double Threshold, Dictionary<string, double> Figures) ChooseThreshold(List<string> names, List<List<(bool Answerable, double Verdict, bool Cited)>> outcomes)
    {
        (double Worst, double Threshold, Dictionary<string, double> Figures)? best = null;
        foreach (var t in Thresholds)
        {
            var figures = new Dictionary<string, double>(StringComparer.Ordinal);
            var worst = double.MaxValue;
            for (var i = 0; i < names.Count; i++)
            {
                var answerable = outcomes[i].Where(o => o.Answerable).ToList();
                var unanswerable = outcomes[i].Where(o => !o.Answerable).ToList();
                var cited = answerable.Count == 0 ? 1 : answerable.Count(o => o.Cited && o.Verdict >= t) / (double)answerable.Count;
                figures[names[i] + " cited"] = Math.Round(cited, 4);
                worst = Math.Min(worst, cited / (unanswerable.Count > 0 ? CitedWithUnanswerables : CitedAnswerablesOnly));
                if (unanswerable.Count > 0)
                {
                    var abstained = unanswerable.Count(o => o.Verdict < t) / (double)unanswerable.Count;
                    figures[names[i] + " abstained"] = Math.Round(abstained, 4);
                    worst = Math.Min(worst, abstained / AbstainTarget);
                }
            }

            if (best is null || worst > best.Value.Worst)
            {
                best = (worst, t, figures);
            }
        }

        return (best!.Value.Threshold, best.Value.Figures);
    }

    /// <summary>The articles the answer would cite: the best answer's and its support's, distinct, as many as an answer carries.</summary>
    private static bool CitesGold(QaItem item, AnswerTrace trace)
        => item.Answerable && trace.Best is { } best
            && new[] { best }.Concat(trace.Support).Select(c => c.Evidence.Sentence.ArticleId).Distinct(StringComparer.Ordinal).Take(AnswerConstants.MaxCitations)
                .Contains(item.GoldPassageId, StringComparer.Ordinal);

    private void ForEachTrace(IReadOnlyList<TrainingPool> pools, AnswerModel model, AnswerOptions options, Action<QaItem, AnswerTrace> use)
    {
        foreach (var pool in pools)
        {
            var watch = Stopwatch.StartNew();
            var answerer = new ExtractiveAnswerer(new FixedKnowledgeBase(pool.KnowledgeBase), model, options);
            foreach (var item in pool.Items)
            {
                use(item, answerer.Trace(item.Question));
            }

            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pool.Dataset.Name}: {pool.Items.Count} questions in {watch.Elapsed.TotalSeconds:0.0} s"));
        }
    }

    private TrainingPool Pool(QaDataset dataset)
    {
        var watch = Stopwatch.StartNew();
        var kb = KnowledgeBase.Build(dataset.Passages.Select(DatasetArticles.From).ToList());
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dataset.Description}: {dataset.Passages.Count} passages indexed in {watch.Elapsed.TotalSeconds:0.0} s"));
        return new TrainingPool(dataset, kb, dataset.Items);
    }

    /// <summary>Any model serves to collect sentence features; this one ranks by coverage.</summary>
    private static AnswerModel Bootstrap()
    {
        var n = FeatureKeys.Count<EvidenceFeature>();
        var weights = new double[n];
        weights[(int)EvidenceFeature.Coverage] = 4;
        return new AnswerModel(new LogisticScorer(new double[n], Ones(n), weights, -2), Zero(FeatureKeys.Count<VerdictFeature>()), 0);
    }

    private static LogisticScorer Zero(int n) => new(new double[n], Ones(n), new double[n], 0);

    private static double[] Ones(int n) => [.. Enumerable.Repeat(1.0, n)];

    private static LogisticScorer ToScorer(LogisticRegression fit) => new(fit.Mean, fit.Scale, fit.Weights, fit.Bias);

    private sealed record TrainingPool(QaDataset Dataset, KnowledgeBase KnowledgeBase, IReadOnlyList<QaItem> Items);
}

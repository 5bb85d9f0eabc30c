using System.Text.Json;
using Bot.Bench.Corpus;
using Bot.Bench.Perf;
using Bot.Bench.Quality;
using Bot.Bench.Reporting;

namespace Bot.Tests.Bench;

/// <summary>Runs both benchmark commands' code paths on tiny in-memory inputs; checks counts and structure, never time.</summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task RunDataset_TinySplit_ScoresEveryQuestionAndFts5FindsDistinctWords()
    {
        var runner = new QualityRunner(new QualityOptions(null, 0), TextWriter.Null);

        var (quality, outcomes) = await runner.RunDatasetAsync(TinyCorpus.Dataset(), TinyCorpus.NewsArticles(4), CancellationToken.None);

        Assert.Equal(3, quality.Figures.Questions);
        Assert.Equal(2, quality.Figures.Answerable);
        Assert.Equal(1, quality.Figures.Unanswerable);
        Assert.Equal(4, quality.DistractorArticles);
        Assert.Equal(["tiny-q0", "tiny-q1", "tiny-q2"], outcomes.Select(o => o.ItemId));
        Assert.Equal(1.0, quality.Figures.Fts5.At1);
        Assert.All(outcomes.Where(o => !o.Answerable), o => Assert.Null(o.Fts5Rank));
        Assert.False(string.IsNullOrEmpty(runner.AnswererName));
    }

    [Fact]
    public async Task RunDataset_SampleSmallerThanSplit_AsksOnlyTheSample()
    {
        var runner = new QualityRunner(new QualityOptions(2, 0), TextWriter.Null);

        var (quality, _) = await runner.RunDatasetAsync(TinyCorpus.Dataset(), [], CancellationToken.None);

        Assert.Equal(2, quality.Figures.Questions);
        Assert.Equal(3, quality.DatasetPassages);
    }

    [Fact]
    public async Task RunSeeds_TinyCases_ScoresEachCase()
    {
        var runner = new QualityRunner(new QualityOptions(null, 0), TextWriter.Null);
        var cases = SeedCaseLoader.Parse(
        [
            """{"id": "a", "question": "Kapan Austin menelepon Shoigu?", "answerable": true, "expect": "2022", "gold": ["tiny-p0"], "allowed": ["tiny-p0"]}""",
            """{"id": "b", "question": "Siapa kaisar Prancis?", "answerable": false}""",
        ]);

        var seeds = await runner.RunSeedsAsync(TinyCorpus.Dataset().Passages.Select(DatasetArticles.From).ToList(), cases, CancellationToken.None);

        Assert.Equal(2, seeds.Cases);
        Assert.Equal(["a", "b"], seeds.Outcomes.Select(o => o.Id));
        Assert.Equal(seeds.Outcomes.Count(o => o.Passed), seeds.Passed);
    }

    [Fact]
    public async Task Perf_TinyCorpus_ReportsEverySizeBesideFts5AndWritesJson()
    {
        var options = new PerfOptions([30, 60], Queries: 5, Answers: 10, AskRuns: 0, BandwidthMegabytes: 1);
        var corpus = TinyCorpus.NewsArticles(40);
        var inputs = new PerfInputs(() => TinyCorpus.NewsArticles(3), ["Kapan banjir di Jakarta?"], corpus, null, null);

        var report = await new PerfRunner(options, TextWriter.Null).RunAsync(inputs, CancellationToken.None);

        Assert.Equal(10, report.Seeds.Answer.Count);
        Assert.Equal(3, report.Seeds.Articles);
        Assert.Equal([30, 60], report.Scale.Select(s => s.TargetPassages));
        Assert.All(report.Scale, step =>
        {
            Assert.Equal(5, step.Hybrid.Count);
            Assert.Equal(5, step.Fts5.Count);
            Assert.True(step.Articles - step.RepeatedArticles <= corpus.Count);
        });
        Assert.Null(report.Ask);
        Assert.Contains("hybrid/FTS5 p50", PerfMarkdown.Render(report), StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}", "latest.json");
        try
        {
            ResultsFile.Write(path, "perf", MachineInfo.Current(Path.GetTempPath(), "Debug"), report);
            ResultsFile.Write(path, "quality", MachineInfo.Current(Path.GetTempPath(), "Debug"), new QualityReport("x", new QualityOptions(null, 0), null, [], null));
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            Assert.True(json.RootElement.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
            Assert.Equal(2, json.RootElement.GetProperty("perf").GetProperty("figures").GetProperty("scale").GetArrayLength());
            Assert.Equal("x", json.RootElement.GetProperty("quality").GetProperty("figures").GetProperty("answerer").GetString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void ForPassages_BeyondTheCorpus_RepeatsArticlesUnderNewIds()
    {
        var corpus = TinyCorpus.NewsArticles(5);
        var scale = new ScaleCorpus(corpus);

        var (articles, repeated) = scale.ForPassages(5 * 20 * Math.Max(1, (int)Math.Ceiling(scale.PassagesPerArticle)));

        Assert.True(repeated > 0);
        Assert.Equal(articles.Count - corpus.Count, repeated);
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
    }
}

using Bot.Bench.Reporting;
using Bot.Bench.Summaries;

namespace Bot.Tests.Bench.Summaries;

public sealed class SummariesBenchTests
{
    [Fact]
    public void Parse_DuplicateIdsAndBodies_KeptOnce()
    {
        var rows = new[] { TinyIndoSum.Row(0), TinyIndoSum.Row(0), TinyIndoSum.Row(0, id: "1490674537-same-body-other-id"), TinyIndoSum.Row(1) };

        var articles = IndoSumLoader.Parse(rows);

        Assert.Equal(2, articles.Count);
        Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), articles.Select(a => a.Id));
    }

    [Fact]
    public void Parse_Row_TitleFromSlugAndDateFromId()
    {
        var article = Assert.Single(IndoSumLoader.Parse([TinyIndoSum.Row(0)]));

        Assert.Equal("Banjir rendam ratusan rumah di jakarta", article.Title);
        Assert.Equal(new DateTimeOffset(2017, 3, 28, 11, 15, 36, TimeSpan.FromHours(7)), article.Published);
        Assert.Equal(5, article.Sentences.Count);
        Assert.Equal(2, article.OracleSentences.Count);
    }

    [Theory]
    [InlineData("http://www.suara.com/entertainment/2017/09/06/181222/bocor-james-bond-nikah-di-sekuel-terbaru", "Bocor james bond nikah di sekuel terbaru")]
    [InlineData("http://www.cnnindonesia.com/olahraga/20161112230644-142-172253/ronaldo-tak-kesulitan-main-hingga-usia-41/", "Ronaldo tak kesulitan main hingga usia 41")]
    [InlineData("http://poskotanews.com/2017/12/23/kalahkan-real-madrid-3-0-kini-siapa-yang-bisa-hentikan-barcelona/", "Kalahkan real madrid 3 0 kini siapa yang bisa hentikan barcelona")]
    public void TitleFromUrl_LastSlug(string url, string title)
    {
        Assert.Equal(title, IndoSumLoader.TitleFromUrl(url, "1-x-y"));
    }

    [Fact]
    public void Split_ById_StableAndNearTheIntendedShares()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => $"{1490000000 + i}-article-{i}").ToList();

        var parts = ids.Select(IndoSumSplit.PartOf).ToList();

        Assert.Equal(parts, ids.Select(IndoSumSplit.PartOf));
        Assert.InRange(parts.Count(p => p == IndoSumPart.Test) / 5000.0, 0.17, 0.23);
        Assert.InRange(parts.Count(p => p == IndoSumPart.Valid) / 5000.0, 0.08, 0.12);
    }

    [Fact]
    public void Run_TinyPart_EverySystemScoredAndOracleMatchesItsReference()
    {
        var articles = TinyIndoSum.Articles(6);

        var report = new SingleDocumentRunner(TextWriter.Null).Run(articles, "tiny");

        Assert.Equal(
            [SingleDocumentRunner.Ours, SingleDocumentRunner.Lead3, SingleDocumentRunner.Lead3Cleaned, SingleDocumentRunner.LexRankTop3, SingleDocumentRunner.Oracle],
            report.Systems.Select(s => s.System));
        var oracle = report.Systems.Single(s => s.System == SingleDocumentRunner.Oracle);
        var lead = report.Systems.Single(s => s.System == SingleDocumentRunner.Lead3);
        var cleaned = report.Systems.Single(s => s.System == SingleDocumentRunner.Lead3Cleaned);
        Assert.Equal(6, oracle.Articles);

        // The reference is the gold sentences without their dateline: close to 1, not 1.
        Assert.InRange(oracle.Rouge1, 0.9, 0.99);
        Assert.True(cleaned.Rouge1 > lead.Rouge1, "stripping the dateline brings LEAD-3 closer to the reference");
        Assert.All(report.Systems, s => Assert.InRange(s.Rouge2, 0, 1));
        Assert.Equal(9, report.Differences.Count);
        Assert.All(report.Differences, d => Assert.InRange(d.Difference, d.Low - 1e-12, d.High + 1e-12));
        Assert.Contains("| LEAD-3 |", SummariesMarkdown.Render(new SummariesReport(report, [])), StringComparison.Ordinal);
    }

    [Fact]
    public void Ours_TinyArticle_DropsDatelineAndCrossLink()
    {
        var articles = TinyIndoSum.Articles(3);
        var ours = new OurSummarizer(articles);

        var summary = ours.Summarize(articles[0]);

        Assert.InRange(summary.Count, 1, 5);
        Assert.DoesNotContain(summary, s => s.Contains("CNN Indonesia", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, s => s.StartsWith("Baca juga", StringComparison.Ordinal));
        Assert.StartsWith("Banjir merendam", summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_OursAlwaysBetter_IntervalAboveZero()
    {
        var better = Enumerable.Range(0, 50).Select(i => Scores(0.6 + (i % 5 * 0.01))).ToList();
        var worse = Enumerable.Range(0, 50).Select(i => Scores(0.5 + (i % 3 * 0.01))).ToList();

        var difference = SingleDocumentRunner.Difference("ROUGE-1", "peer", better, worse, r => r.Rouge1.F1);

        Assert.True(difference.Low > 0);
        Assert.InRange(difference.Difference, difference.Low, difference.High);
    }

    [Fact]
    public async Task RunAsync_TinySharedFolder_PrintsTheTableAndWritesItsSection()
    {
        var root = Path.Combine(Path.GetTempPath(), $"summaries-{Guid.NewGuid():N}");
        var folder = Directory.CreateDirectory(Path.Combine(root, "datasets", IndoSumLoader.Name));
        try
        {
            // Enough rows that the test part of the id split holds some.
            await File.WriteAllLinesAsync(Path.Combine(folder.FullName, IndoSumLoader.FileName), Enumerable.Range(0, 40).Select(i => TinyIndoSum.Row(i)));
            var output = Path.Combine(root, "latest.json");
            var arguments = Bot.Bench.BenchArguments.Parse(["summaries", "--out", output, "--stories", "5"]);

            var code = await SummariesCommand.RunAsync(arguments, new Bot.Bench.RepositoryLayout(root, root), "Debug", CancellationToken.None);

            Assert.Equal(0, code);
            using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var figures = json.RootElement.GetProperty("summaries").GetProperty("figures");
            Assert.Equal(5, figures.GetProperty("singleDocument").GetProperty("systems").GetArrayLength());
            Assert.True(figures.GetProperty("singleDocument").GetProperty("articles").GetInt32() > 0);
            Assert.Equal("IndoSum", figures.GetProperty("stories")[0].GetProperty("corpus").GetString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static RougeScores Scores(double f1) => new(new RougeScore(f1, f1, f1), default, default);
}

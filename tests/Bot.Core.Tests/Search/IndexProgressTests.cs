using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core.Tests.Search;

public sealed class IndexProgressTests
{
    [Fact]
    public void Build_ReportsEveryStageUpToItsTotal()
    {
        var articles = Enumerable.Range(0, 150)
            .Select(i => new Article($"a{i}", $"Judul {i}", "Outlet", null, [], [], null, [new ArticleBlock($"Kalimat pertama artikel {i}. Kalimat kedua tentang banjir pada Senin (3/10/2022). Kalimat ketiga.", BlockKind.Body)], $"a{i}.txt"))
            .ToList();
        var progress = new Recorder();

        var knowledgeBase = KnowledgeBase.Build(articles, progress);

        Assert.Equal(150, knowledgeBase.Articles.Count);
        foreach (var stage in new[] { IndexStage.Passages, IndexStage.Analysis, IndexStage.Postings })
        {
            var reports = progress.Reports.Where(r => r.Stage == stage).ToList();
            Assert.NotEmpty(reports);
            Assert.Equal(reports[0].Total, reports.Max(r => r.Done));
        }

        Assert.Equal(knowledgeBase.Passages.Count, progress.Reports.Last(r => r.Stage == IndexStage.Postings).Total);
    }

    /// <summary>Records reports as they come, on whichever thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Recorder : IProgress<IndexProgress>
    {
        private readonly List<IndexProgress> _reports = [];

        public IReadOnlyList<IndexProgress> Reports
        {
            get
            {
                lock (_reports)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(IndexProgress value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }
        }
    }
}

using Bot.Core.Articles;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Budgets;

public sealed class ArticleBudgetTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "article-budget-" + Guid.NewGuid().ToString("N"));

    public ArticleBudgetTests()
    {
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "a.txt", "slow.txt", "z.txt" })
        {
            File.WriteAllText(Path.Combine(folder, name), "Menhan AS dan Rusia berbicara lewat telepon pada Jumat\nKeduanya membahas perang di Ukraina.");
        }
    }

    [Fact]
    public async Task LoadFolder_FileOverBudget_IsSkippedByNameAndTheRestLoad()
    {
        var time = new FakeTimeProvider();
        using var slowStarted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var loader = new ArticleLoader(null, TimeSpan.FromSeconds(10), time, path =>
        {
            if (path.EndsWith("slow.txt", StringComparison.Ordinal))
            {
                slowStarted.Set();
                release.Wait();
            }

            return ArticleLoader.LoadFile(path);
        });

        var loading = Task.Run(() => loader.LoadFolder(folder));
        slowStarted.Wait();
        time.Advance(TimeSpan.FromSeconds(10));
        var result = await loading;
        release.Set();

        Assert.Equal(["a", "z"], result.Articles.Select(a => a.Id));
        var skipped = Assert.Single(result.Skipped);
        Assert.EndsWith("slow.txt", skipped.Path, StringComparison.Ordinal);
        Assert.Contains("budget", skipped.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

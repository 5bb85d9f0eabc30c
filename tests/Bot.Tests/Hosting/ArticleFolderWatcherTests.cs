using Bot.Core;
using Bot.Hosting;
using Bot.Tests.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Hosting;

public sealed class ArticleFolderWatcherTests
{
    [Fact]
    public async Task ArticleAddedInASubfolder_IsIndexedAndTheChangeAnnounced()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(BotRun.ArticlesFolder, "003_42ef1aef511d5886.txt"), Path.Combine(folder.Path, "003_42ef1aef511d5886.txt"));
        var provider = new KnowledgeBaseProvider(
            Options.Create(new ArticlesOptions { Path = folder.Path }),
            new Environment(folder.Path),
            NullLogger<Core.Articles.ArticleLoader>.Instance,
            NullLogger<KnowledgeBaseProvider>.Instance);
        Assert.Single(provider.Current.Articles);
        var changed = new TaskCompletionSource<KnowledgeBase>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, e) => changed.TrySetResult(e.Current);
        using var watcher = new ArticleFolderWatcher(provider, TimeProvider.System, NullLogger<ArticleFolderWatcher>.Instance);
        await watcher.StartAsync(default);
        await Task.Delay(200);

        var subfolder = Directory.CreateDirectory(Path.Combine(folder.Path, "2022", "october")).FullName;
        File.Copy(Path.Combine(BotRun.ArticlesFolder, "002_cf56b5f3342129bc.txt"), Path.Combine(subfolder, "002_cf56b5f3342129bc.txt"));
        var fresh = await changed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await watcher.StopAsync(default);

        Assert.Equal(2, fresh.Articles.Count);
        Assert.Same(fresh, provider.Current);
        Assert.Contains(provider.Current.Articles, a => a.Id == "002_cf56b5f3342129bc");
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Bot.Tests";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}

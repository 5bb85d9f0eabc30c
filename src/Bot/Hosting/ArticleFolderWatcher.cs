using Bot.Corpus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>
/// Picks up articles added to, changed in or removed from the folder while the bot runs. Events
/// come in bursts (an editor writes a file in several steps), so a reload waits until the folder
/// has been quiet for <see cref="HostingConstants.ArticleDebounce"/>; it runs on its own task and
/// swaps the knowledge base whole, so answers in flight are never slowed or see half an index.
/// </summary>
internal sealed class ArticleFolderWatcher(KnowledgeBaseProvider provider, TimeProvider time, ILogger<ArticleFolderWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (provider.Source is not FolderArticleSource { Folder: var folder } || !Directory.Exists(folder))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(folder)
        {
            // Loading is recursive, so a change in a subfolder changes the corpus too.
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, _) => Signal();
        watcher.Changed += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;
        Log.WatchingArticles(logger, folder);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken).ConfigureAwait(false);

                // Debounce: keep waiting while events keep coming.
                while (await changed.WaitAsync(HostingConstants.ArticleDebounce, stoppingToken).ConfigureAwait(false))
                {
                }

                Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override void Dispose()
    {
        changed.Dispose();
        base.Dispose();
    }

    private void Signal()
    {
        try
        {
            if (changed.CurrentCount == 0)
            {
                changed.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one reload covers every change before it.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private void Reload()
    {
        var started = time.GetTimestamp();
        try
        {
            var fresh = provider.Reload();
            var elapsed = time.GetElapsedTime(started);
            Log.ArticlesReindexed(logger, fresh.Articles.Count, elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Core.Articles.ArticleFolderNotFoundException)
        {
            Log.ReindexFailed(logger, e);
        }
    }
}

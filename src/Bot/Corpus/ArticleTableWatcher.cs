using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Corpus;

/// <summary>
/// Keeps a replica on the articles table's latest revision (Articles:Source=postgres): it LISTENs for
/// imports and, on a notification or every Articles:RevisionCheckInterval, compares the table's
/// revision with the one it indexed and reloads when they differ. The revision check, not the
/// notification, decides, so a notification lost while the database was away costs at most one
/// interval, and a replica that starts while an import commits still catches it. The reload swaps
/// the knowledge base whole, so answers in flight keep the articles they started with.
/// </summary>
internal sealed class ArticleTableWatcher(KnowledgeBaseProvider provider, IOptions<ArticlesOptions> options, TimeProvider time, ILogger<ArticleTableWatcher> logger) : BackgroundService
{
    /// <summary>The wait after a database failure before listening again, doubling up to the revision check interval.</summary>
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (provider.Source is not TableArticleSource source)
        {
            return;
        }

        var interval = options.Value.RevisionCheckInterval;
        var retry = FirstRetry;

        // The first wait only starts listening: the revision is compared at once, covering an import that committed during start-up.
        var wait = TimeSpan.Zero;
        Log.WatchingArticleTable(logger, source.Describe);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await source.Table.WaitForImportAsync(wait, stoppingToken).ConfigureAwait(false);
                wait = interval;
                var revision = await source.Table.RevisionAsync(stoppingToken).ConfigureAwait(false);
                if (source.LoadedRevision >= 0 && revision != source.LoadedRevision)
                {
                    Reload(source.LoadedRevision, revision);
                }

                retry = FirstRetry;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                Log.ArticleTableUnreachable(logger, retry.TotalSeconds, e);
                try
                {
                    await Task.Delay(retry, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, interval.Ticks));
                wait = TimeSpan.Zero;
            }
        }
    }

    private void Reload(long from, long to)
    {
        var started = time.GetTimestamp();
        var fresh = provider.Reload();
        var elapsed = time.GetElapsedTime(started);
        Log.ArticleTableReindexed(logger, from, to, fresh.Articles.Count, elapsed.TotalMilliseconds);
    }
}

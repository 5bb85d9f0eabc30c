using Microsoft.Extensions.Logging;

namespace Bot;

/// <summary>Log lines of the host (event ids 5000–5099; 4000–4099 belong to the chat model).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Watching {Folder} for article changes")]
    public static partial void WatchingArticles(ILogger logger, string folder);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Articles changed: reindexed {Articles} articles in {ElapsedMs:F0} ms")]
    public static partial void ArticlesReindexed(ILogger logger, int articles, double elapsedMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Reindexing the articles failed; answers keep the previous articles")]
    public static partial void ReindexFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Indexed {Articles} articles ({Passages} passages, {Skipped} files skipped) in {ElapsedMs:F0} ms")]
    public static partial void ArticlesIndexed(ILogger logger, int articles, int passages, int skipped, double elapsedMs);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "The embedding model could not embed the articles ({Error}); using the model-free vector index")]
    public static partial void EmbeddingModelUnavailable(ILogger logger, string error);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Watching {Table} for imports")]
    public static partial void WatchingArticleTable(ILogger logger, string table);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Articles imported: revision {From} -> {To}, reindexed {Articles} articles in {ElapsedMs:F0} ms")]
    public static partial void ArticleTableReindexed(ILogger logger, long from, long to, int articles, double elapsedMs);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "The articles table cannot be watched; answers keep the current articles, trying again in {RetrySeconds:F1} s")]
    public static partial void ArticleTableUnreachable(ILogger logger, double retrySeconds, Exception exception);
}

using System.Globalization;
using Bot.Core.Articles;
using Bot.State.Corpus;
using Npgsql;

namespace Bot.Commands;

/// <summary>
/// <c>import FOLDER [--prune]</c>: loads the article files under FOLDER into the articles table of
/// the PostgreSQL state database, which replicas with Articles:Source=postgres answer from. Each file
/// is checked as the bot would load it (a file the bot would skip is named and not stored); a row
/// is keyed by the file's path relative to FOLDER and replaced only when its content changed, so
/// importing the same folder again changes nothing. <c>--prune</c> deletes rows whose file is gone.
/// </summary>
internal sealed class ImportCommand(IArticleTable table, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string folder, bool prune, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(folder);
        IReadOnlyList<string> paths;
        try
        {
            paths = ArticleLoader.FilesUnder(full);
        }
        catch (ArticleFolderNotFoundException e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var files = new List<StoredArticleFile>(paths.Count);
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(full, path).Replace(Path.DirectorySeparatorChar, '/');
            var (content, reason) = Read(path);
            if (content is null)
            {
                await error.WriteLineAsync($"warning: skipped {relative}: {reason}").ConfigureAwait(false);
                continue;
            }

            files.Add(new StoredArticleFile(relative, content));
        }

        if (files.Count == 0)
        {
            // Also guards --prune: an empty or wrong folder must not empty the shared corpus.
            await error.WriteLineAsync($"error: no usable articles under '{full}'; nothing was imported.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        ArticleImport result;
        try
        {
            result = await table.ImportAsync(files, prune, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await error.WriteLineAsync($"error: the {table.Describe} cannot be used ({e.Message})").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        foreach (var path in result.Added)
        {
            await output.WriteLineAsync("added    " + path).ConfigureAwait(false);
        }

        foreach (var path in result.Changed)
        {
            await output.WriteLineAsync("changed  " + path).ConfigureAwait(false);
        }

        foreach (var path in result.Pruned)
        {
            await output.WriteLineAsync("pruned   " + path).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Imported {files.Count} file(s) into the articles table of the {table.Describe}: {result.Added.Count} added, {result.Changed.Count} changed, {result.Unchanged} unchanged, {result.Pruned.Count} pruned; revision {result.Revision}{(result.ChangedAnything ? " (replicas reload)" : " (nothing changed)")}.")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>The file's bytes when the bot can load them (read once, so what is checked is what is stored); otherwise why not, as the folder loader says it.</summary>
    private static (byte[]? Content, string? Reason) Read(string path)
    {
        byte[] content;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ArticleLoader.MaxFileBytes)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"too large ({length:N0} bytes; articles over {ArticleLoader.MaxFileBytes >> 20} MB are not read)"));
            }

            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "unreadable: " + e.Message);
        }

        var (article, reason) = ArticleLoader.Parse(content, path);
        return article is null ? (null, reason) : (content, null);
    }
}

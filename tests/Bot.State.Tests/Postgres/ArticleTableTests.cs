using System.Text;
using Bot.Core.Articles;
using Bot.State.Postgres;
using Bot.Testing.Postgres;

namespace Bot.State.Tests.Postgres;

/// <summary>The shared articles table against a real server: imports keyed by path and content hash, pruning, and the notification replicas reload on.</summary>
public sealed class ArticleTableTests
{
    private static readonly TimeSpan NotificationWait = TimeSpan.FromSeconds(10);

    [PostgresFact]
    public async Task Import_NewFiles_AddsEachAndRaisesTheRevisionOnce()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        await using var table = new PostgresArticleTable(database);

        var result = await table.ImportAsync([File("b/two.txt", "Two"), File("a.txt", "One")], prune: false, default);
        var snapshot = await table.ReadAsync(default);

        Assert.Equal(["b/two.txt", "a.txt"], result.Added);
        Assert.Empty(result.Changed);
        Assert.Equal(0, result.Unchanged);
        Assert.Equal(1, result.Revision);
        Assert.Equal(1, snapshot.Revision);
        Assert.Equal(["a.txt", "b/two.txt"], snapshot.Files.Select(f => f.Path));
        Assert.Equal("One", Encoding.UTF8.GetString(snapshot.Files[0].Content));
    }

    [PostgresFact]
    public async Task Import_SameFilesAgain_ChangesNothingAndKeepsTheRevision()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        await using var table = new PostgresArticleTable(database);
        StoredArticleFile[] files = [File("a.txt", "One"), File("b.txt", "Two")];
        await table.ImportAsync(files, prune: false, default);
        var importedAt = await test.ScalarAsync("SELECT max(imported_at) FROM bot_article");

        var again = await table.ImportAsync(files, prune: true, default);

        Assert.False(again.ChangedAnything);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(1, again.Revision);
        Assert.Equal(1L, await table.RevisionAsync(default));
        Assert.Equal(importedAt, await test.ScalarAsync("SELECT max(imported_at) FROM bot_article"));
    }

    [PostgresFact]
    public async Task Import_ChangedFile_ReplacesItsRowOnly()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        await using var table = new PostgresArticleTable(database);
        await table.ImportAsync([File("a.txt", "One"), File("b.txt", "Two")], prune: false, default);
        var hashOfB = await test.ScalarAsync("SELECT content_hash FROM bot_article WHERE path = 'b.txt'");

        var result = await table.ImportAsync([File("a.txt", "One, corrected"), File("b.txt", "Two")], prune: false, default);
        var snapshot = await table.ReadAsync(default);

        Assert.Equal(["a.txt"], result.Changed);
        Assert.Empty(result.Added);
        Assert.Equal(1, result.Unchanged);
        Assert.Equal(2, result.Revision);
        Assert.Equal("One, corrected", Encoding.UTF8.GetString(snapshot.Files.Single(f => f.Path == "a.txt").Content));
        Assert.Equal(hashOfB, await test.ScalarAsync("SELECT content_hash FROM bot_article WHERE path = 'b.txt'"));
        Assert.Equal(2L, await test.ScalarAsync("SELECT count(*) FROM bot_article"));
    }

    [PostgresFact]
    public async Task Import_FileRemoved_KeptWithoutPruneDeletedWithIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(test.ConnectionString);
        await using var table = new PostgresArticleTable(database);
        await table.ImportAsync([File("a.txt", "One"), File("gone/b.txt", "Two"), File("c.txt", "Three")], prune: false, default);

        var kept = await table.ImportAsync([File("a.txt", "One")], prune: false, default);
        var keptFiles = (await table.ReadAsync(default)).Files.Select(f => f.Path).ToList();
        var pruned = await table.ImportAsync([File("a.txt", "One")], prune: true, default);
        var left = await table.ReadAsync(default);

        Assert.False(kept.ChangedAnything);
        Assert.Equal(["a.txt", "c.txt", "gone/b.txt"], keptFiles);
        Assert.Equal(["c.txt", "gone/b.txt"], pruned.Pruned);
        Assert.Equal(2, pruned.Revision);
        Assert.Equal(["a.txt"], left.Files.Select(f => f.Path));
        Assert.Equal(2, left.Revision);
    }

    [PostgresFact]
    public async Task Import_TwoAtOnce_EachFileAddedOnceAndBothSucceed()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var a = new PostgresDatabase(test.ConnectionString);
        await using var b = new PostgresDatabase(test.ConnectionString);
        var files = Enumerable.Range(0, 40).Select(i => File($"{i:000}.txt", "Article " + i)).ToList();

        var results = await Task.WhenAll(new PostgresArticleTable(a).ImportAsync(files, false, default), new PostgresArticleTable(b).ImportAsync(files, false, default));

        Assert.Equal(40, results.Sum(r => r.Added.Count));
        Assert.Equal(40, results.Sum(r => r.Unchanged));
        Assert.Equal(40L, await test.ScalarAsync("SELECT count(*) FROM bot_article"));
        Assert.Equal(1L, await test.ScalarAsync("SELECT revision FROM bot_article_corpus"));
    }

    [PostgresFact]
    public async Task WaitForImport_AnotherReplicaImports_ToldAfterTheCommit()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var importer = new PostgresDatabase(test.ConnectionString);
        await using var replica = new PostgresDatabase(test.ConnectionString);
        await using var listening = new PostgresArticleTable(replica);
        Assert.False(await listening.WaitForImportAsync(TimeSpan.Zero, default));

        var waiting = listening.WaitForImportAsync(NotificationWait, default);
        await new PostgresArticleTable(importer).ImportAsync([File("a.txt", "One")], prune: false, default);

        Assert.True(await waiting);
        Assert.Equal(["a.txt"], (await listening.ReadAsync(default)).Files.Select(f => f.Path));
    }

    [PostgresFact]
    public async Task WaitForImport_ImportIntoAnotherSchemaOrNoChange_NotTold()
    {
        await using var test = await TestDatabase.CreateAsync();
        await using var other = await TestDatabase.CreateAsync();
        await using var replica = new PostgresDatabase(test.ConnectionString);
        await using var otherDatabase = new PostgresDatabase(other.ConnectionString);
        await using var listening = new PostgresArticleTable(replica);
        Assert.False(await listening.WaitForImportAsync(TimeSpan.Zero, default));
        await listening.ImportAsync([File("a.txt", "One")], prune: false, default);
        Assert.True(await listening.WaitForImportAsync(NotificationWait, default));

        await new PostgresArticleTable(otherDatabase).ImportAsync([File("x.txt", "Elsewhere")], prune: false, default);
        await listening.ImportAsync([File("a.txt", "One")], prune: false, default);

        // Either notification would arrive within milliseconds of its commit; a quiet second means none was sent to this schema.
        Assert.False(await listening.WaitForImportAsync(TimeSpan.FromSeconds(1), default));
        Assert.Equal(1L, await listening.RevisionAsync(default));
    }

    private static StoredArticleFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}

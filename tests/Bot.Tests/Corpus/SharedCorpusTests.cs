using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Tests.Commands;
using Bot.Tests.Webhook;
using Bot.Testing.Postgres;
using Bot.Testing.Telegram;

namespace Bot.Tests.Corpus;

/// <summary>
/// The shared corpus end to end: <c>import</c> as a user runs it, and replicas with
/// Articles:Source=postgres that answer from the table and follow an import without a restart.
/// </summary>
public sealed partial class SharedCorpusTests
{
    private static readonly TimeSpan ReloadWait = TimeSpan.FromSeconds(30);

    [PostgresFact]
    public async Task Import_Folder_AddsUsableFilesAndAgainChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = SeedCopy(3);
        folder.Write("empty.txt", "");

        var first = await BotRun.RunAsync(ImportArguments(database, folder.Path));
        var second = await BotRun.RunAsync(ImportArguments(database, folder.Path));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(3, AddedLine().Count(first.Output));
        Assert.Contains("3 added, 0 changed, 0 unchanged, 0 pruned; revision 1", first.Output, StringComparison.Ordinal);
        Assert.Contains("warning: skipped empty.txt: empty file", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 0 changed, 3 unchanged, 0 pruned; revision 1 (nothing changed)", second.Output, StringComparison.Ordinal);
        Assert.Equal(3L, await database.ScalarAsync("SELECT count(*) FROM bot_article"));
    }

    [PostgresFact]
    public async Task Import_ChangedAndRemovedFiles_ReplacedAndPrunedOnlyWithPrune()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = SeedCopy(3);
        await BotRun.RunAsync(ImportArguments(database, folder.Path));
        var files = Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).ToList();
        File.AppendAllText(files[0], "\nA paragraph added after publication, long enough to be part of the body text.\n");
        File.Delete(files[1]);

        var kept = await BotRun.RunAsync(ImportArguments(database, folder.Path));
        var pruned = await BotRun.RunAsync([.. ImportArguments(database, folder.Path), "--prune"]);

        Assert.Contains("changed  " + Path.GetFileName(files[0]), kept.Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 changed, 1 unchanged, 0 pruned; revision 2", kept.Output, StringComparison.Ordinal);
        Assert.Contains("pruned   " + Path.GetFileName(files[1]), pruned.Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 changed, 2 unchanged, 1 pruned; revision 3", pruned.Output, StringComparison.Ordinal);
        Assert.Equal(2L, await database.ScalarAsync("SELECT count(*) FROM bot_article"));
    }

    [Fact]
    public async Task Import_WithoutPostgresState_ExitsOneSayingWhatToSet()
    {
        using var folder = SeedCopy(1);

        var run = await BotRun.RunAsync("import", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--State:Provider=postgres", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcePostgres_WithSqliteState_ExitsOneNamingTheKeys()
    {
        var run = await BotRun.RunAsync("ask", "--Articles:Source=postgres", "who called whom?");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Articles:Source=postgres reads the articles table of the state database", run.Error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Replicas_AfterAnImport_ReloadWithoutRestartAndAnswerFromTheNewArticles()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = SeedCopy(4);
        Assert.Equal(0, (await BotRun.RunAsync(ImportArguments(database, folder.Path))).ExitCode);
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        await using var a = TableReplica(emulator, database);
        await using var b = TableReplica(emulator, database);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        Assert.All(await Task.WhenAll(Metric(a, "bot_index_articles"), Metric(b, "bot_index_articles")), n => Assert.Equal(4, n));
        Assert.All(await Task.WhenAll(Metric(a, "bot_index_revision"), Metric(b, "bot_index_revision")), n => Assert.Equal(1, n));

        // The next edition: the first article withdrawn, the fifth published.
        var seed = Directory.GetFiles(BotRun.ArticlesFolder).Order(StringComparer.Ordinal).ToList();
        File.Delete(Path.Combine(folder.Path, Path.GetFileName(seed[0])));
        File.Copy(seed[4], Path.Combine(folder.Path, Path.GetFileName(seed[4])));
        Assert.Equal(0, (await BotRun.RunAsync([.. ImportArguments(database, folder.Path), "--prune"])).ExitCode);

        emulator.SetWebhook("https://bot.example.com/telegram/update");
        emulator.RouteWebhookTo(a.WebhookUrl, b.WebhookUrl);
        await SetSecretAsync(emulator);
        var user = emulator.CreateUser("Ana");
        var chat = emulator.PrivateChatWith(user);
        var added = Title(seed[4]);
        var withdrawn = Title(seed[0]);

        // Ask the replicas (deliveries alternate between them) until both list the new edition.
        var current = new HashSet<Uri>();
        using var expiry = new CancellationTokenSource(ReloadWait);
        while (current.Count < 2)
        {
            var question = emulator.SendText(chat, user, "/sources");
            await emulator.WaitForSentAsync(sent => sent.Any(m => m.ReplyToMessageId == question.MessageId), ReloadWait);
            var listing = string.Join("\n", emulator.RepliesTo(question).Select(m => m.Text));
            var target = emulator.WebhookDeliveries.First(d => d.UpdateId == question.UpdateId && d.StatusCode == 200).Target;
            if (listing.Contains(added, StringComparison.Ordinal))
            {
                Assert.DoesNotContain(withdrawn, listing, StringComparison.Ordinal);
                current.Add(target);
            }

            await Task.Delay(100, expiry.Token);
        }

        // One reload each: in process the two hosts' instruments share the meter name, so /metrics adds them up.
        Assert.Equal(2, await Metric(a, "bot_index_reloads_total"));
        Assert.Equal(2, await Metric(a, "bot_index_revision"));
        Assert.Equal(4, await Metric(a, "bot_index_articles"));
        Assert.Contains(emulator.WebhookDeliveries, d => d.Target == a.WebhookUrl && d.StatusCode == 200);
        Assert.Contains(emulator.WebhookDeliveries, d => d.Target == b.WebhookUrl && d.StatusCode == 200);
    }

    private static string[] ImportArguments(TestDatabase database, string folder) =>
        ["import", folder, "--State:Provider=postgres", "--State:ConnectionString=" + database.ConnectionString];

    private static WebhookReplica TableReplica(TelegramBotApiEmulator emulator, TestDatabase database)
    {
        var replica = new WebhookReplica(emulator, database.ConnectionString);
        replica.ExtraArguments.Add("--Articles:Source=postgres");

        // Long enough that only the notification, not the periodic revision check, can explain a prompt reload.
        replica.ExtraArguments.Add("--Articles:RevisionCheckInterval=00:10:00");
        return replica;
    }

    /// <summary>A scratch folder with the first <paramref name="count"/> seed articles.</summary>
    private static TempFolder SeedCopy(int count)
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(BotRun.ArticlesFolder).Order(StringComparer.Ordinal).Take(count))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        return folder;
    }

    private static string Title(string file) => ArticleLoader.LoadFile(file).Article!.Title;

    private static async Task<double> Metric(WebhookReplica replica, string name)
    {
        using var response = await replica.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();
        var match = Regex.Match(text, "^" + Regex.Escape(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static async Task SetSecretAsync(TelegramBotApiEmulator emulator)
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["url"] = emulator.WebhookUrl!,
            ["secret_token"] = WebhookReplica.Secret,
        });
        using var response = await http.PostAsync(emulator.MethodUri("setWebhook"), content);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("^added    ", RegexOptions.Multiline)]
    private static partial Regex AddedLine();
}

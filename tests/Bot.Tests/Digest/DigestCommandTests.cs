using Bot.Core.Articles;
using Bot.Testing.Telegram;

namespace Bot.Tests.Digest;

public sealed class DigestCommandTests
{
    private static readonly string[] SeedPrefixes = ["000", "001", "002", "003", "004"];

    [Fact]
    public async Task Digest_FirstRun_PostsBothStoriesWithTheirDatesCitingAllFiveArticles()
    {
        await using var run = await DigestRun.CreateAsync();

        var result = await run.RunAsync();

        Assert.True(result.ExitCode == 0, result.Error);
        var posts = run.ChannelPosts;
        Assert.Equal(2, posts.Count);
        Assert.Contains("13 Mei 2022", posts[0].Text, StringComparison.Ordinal);
        Assert.Contains("21 Oktober 2022", posts[1].Text, StringComparison.Ordinal);
        Assert.All(posts, p =>
        {
            Assert.Equal("HTML", p.ParseMode);
            Assert.True(TelegramHtmlParser.Parse(p.RawText).Ok);
            Assert.InRange(p.Text.Length, 1, 4096);
            Assert.Contains(p.Entities, e => e.Type == "bold" && e.Offset == 0);
        });

        // The sources of the two stories between them list every seed article.
        var titles = new ArticleLoader().LoadFolder(run.ArticlesPath).Articles.Select(a => a.Title.Trim()).ToList();
        Assert.Equal(SeedPrefixes.Length, titles.Count);
        var all = string.Join("\n", posts.Select(p => p.Text));
        Assert.All(titles, t => Assert.Contains(t, all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_SecondRun_PostsNothing()
    {
        await using var run = await DigestRun.CreateAsync();
        await run.RunAsync();
        var first = run.ChannelPosts.Count;

        var second = await run.RunAsync();

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first, run.ChannelPosts.Count);
        Assert.Contains("Nothing new", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ChannelRefuses403_NothingMarkedAndALaterRunPosts()
    {
        await using var run = await DigestRun.CreateAsync();
        run.Emulator.InjectFault("sendMessage", EmulatorFault.Error(403, "Forbidden: bot is not a member of the channel chat"));

        var refused = await run.RunAsync();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("administrator", refused.Error, StringComparison.Ordinal);
        Assert.Empty(run.ChannelPosts);

        var later = await run.RunAsync();

        Assert.Equal(0, later.ExitCode);
        Assert.Equal(2, run.ChannelPosts.Count);
    }

    [Fact]
    public async Task Digest_ChannelNotFound_ExitsWithAClearMessage()
    {
        await using var run = await DigestRun.CreateAsync();

        var result = await run.RunAsync("--Telegram:ChannelId=@no_such_channel");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("@no_such_channel", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Emulator.Token, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_NewArticleAdded_NextRunPostsOnlyTheUpdate()
    {
        await using var run = await DigestRun.CreateAsync();
        await run.RunAsync();
        var before = run.ChannelPosts.Count;
        File.WriteAllText(Path.Combine(run.ArticlesPath, "005_new.txt"), NewArticle);

        var result = await run.RunAsync();

        Assert.True(result.ExitCode == 0, result.Error);
        var added = run.ChannelPosts.Skip(before).ToList();
        var update = Assert.Single(added);
        Assert.Contains("21 Oktober 2022", update.Text, StringComparison.Ordinal);
        Assert.Contains("Telepon Kedua Menhan", update.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[2]", update.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_PrintsStoriesAndMessagesReadably_PostsNothing()
    {
        await using var run = await DigestRun.CreateAsync();

        var result = await run.RunAsync("--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(run.Emulator.SentMessages);
        Assert.Contains("13 Mei 2022", result.Output, StringComparison.Ordinal);
        Assert.Contains("21 Oktober 2022", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sumber:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;", result.Output, StringComparison.Ordinal);
    }

    internal const string NewArticle = """
        Telepon Kedua Menhan AS dan Rusia dalam Sepekan

        Jakarta, 23 Oktober 2022
        Penulis: Redaksi

        JAKARTA - Menteri Pertahanan Amerika Serikat Lloyd Austin kembali berbicara dengan Menteri Pertahanan Rusia Sergei Shoigu melalui telepon pada Jumat (21/10/2022), menurut keterangan Pentagon.

        Pentagon menyatakan Austin menekankan pentingnya menjaga jalur komunikasi di tengah perang di Ukraina.

        Kementerian Pertahanan Rusia mengatakan kedua menteri membahas situasi keamanan internasional dan kondisi di Ukraina.
        """;
}

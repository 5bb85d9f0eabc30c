using System.Globalization;
using Bot.Hosting;
using Bot.Testing.Telegram;

namespace Bot.Tests.Digest;

/// <summary>The digest inside the running <c>telegram</c> command: /digest, /summary and articles added while it runs.</summary>
public sealed class DigestInTelegramBotTests
{
    [Fact]
    public async Task Telegram_SummaryDigestAndNewArticle_RepliesPostsOnceAndPicksUpTheNewFile()
    {
        await using var run = await DigestRun.CreateAsync();
        var emulator = run.Emulator;
        var admin = emulator.CreateUser("Admin");
        var reader = emulator.CreateUser("Reader");
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var bot = BotApplication.RunAsync(
            [
                "telegram",
                .. run.Arguments,
                "--Telegram:PollTimeoutSeconds=1",
                $"--Telegram:AdminUserIds:0={admin.Id.ToString(CultureInfo.InvariantCulture)}",
            ],
            TextReader.Null,
            output,
            error,
            stop.Token);
        try
        {
            // /summary in any chat: the digest as a reply there, nothing to the channel.
            var readerChat = emulator.PrivateChatWith(reader);
            var summary = emulator.SendText(readerChat, reader, "/summary");
            await emulator.WaitForSentAsync(_ => emulator.SentTo(readerChat.Id).Count >= 2);
            Assert.Contains("13 Mei 2022", emulator.RepliesTo(summary).Single().Text, StringComparison.Ordinal);
            Assert.Empty(run.ChannelPosts);

            // /digest from someone else is refused; from an admin it posts both stories once.
            emulator.SendText(readerChat, reader, "/digest");
            await emulator.WaitForSentAsync(_ => emulator.SentTo(readerChat.Id).Count >= 3);
            Assert.Empty(run.ChannelPosts);
            var adminChat = emulator.PrivateChatWith(admin);
            emulator.SendText(adminChat, admin, "/digest");
            await emulator.WaitForSentAsync(_ => emulator.SentTo(adminChat.Id).Count >= 1);
            Assert.Equal(2, run.ChannelPosts.Count);

            // A new article: picked up without a restart; the next /digest posts only the update.
            File.WriteAllText(Path.Combine(run.ArticlesPath, "005_new.txt"), DigestCommandTests.NewArticle);
            var seen = false;
            for (var attempt = 0; attempt < 40 && !seen; attempt++)
            {
                var before = emulator.SentTo(readerChat.Id).Count;
                emulator.SendText(readerChat, reader, "/summary");
                await emulator.WaitForSentAsync(_ => emulator.SentTo(readerChat.Id).Count >= before + 2);
                await Task.Delay(250);
                seen = emulator.SentTo(readerChat.Id).Skip(before).Any(m => m.Text.Contains("Telepon Kedua Menhan", StringComparison.Ordinal));
            }

            Assert.True(seen, "the new article never reached the digest");
            emulator.SendText(adminChat, admin, "/digest");
            await emulator.WaitForSentAsync(_ => emulator.SentTo(adminChat.Id).Count >= 2);
            var update = Assert.Single(run.ChannelPosts.Skip(2));
            Assert.Contains("Telepon Kedua Menhan", update.Text, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            await bot;
        }
    }
}

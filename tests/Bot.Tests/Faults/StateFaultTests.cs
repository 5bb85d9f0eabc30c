using System.Diagnostics;
using Bot.Testing.Telegram;
using Bot.Tests.Telegram;

namespace Bot.Tests.Faults;

/// <summary>
/// The real program with its state database (State:Path) broken in the ways disks and people
/// break it: locked by another process, corrupt, deleted while running, out of space. Each
/// gets a clear message; an update is confirmed to Telegram only once it was handled, and one
/// that was handled is not lost.
/// </summary>
public sealed class StateFaultTests : IAsyncLifetime
{
    private RealEngineBot bot = null!;

    private TelegramBotApiEmulator Telegram => bot.Emulator;

    private string StatePath => Path.Combine(bot.StateFolder, "bot.db");

    public async Task InitializeAsync() => bot = await RealEngineBot.CreateAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task CorruptDatabase_IsNamedAndNothingIsConfirmed()
    {
        await File.WriteAllTextAsync(StatePath, string.Concat(Enumerable.Repeat("this is not a database ", 400)));
        var user = Telegram.CreateUser("Ana");
        var question = Telegram.SendText(Telegram.PrivateChatWith(user), user, "When did Austin last call Shoigu?");

        var started = StartAndWaitAsync();
        await Task.WhenAny(started, Task.Delay(TimeSpan.FromSeconds(20)));
        var code = await bot.StopAsync();

        Assert.True(Telegram.ConfirmedBelow <= question.UpdateId, "an update was confirmed though its handling could not be recorded");
        // The message is built before the assertion runs, so it must be safe for any log length.
        var log = Reliability.TestRunOutput.All();
        var fromSqlite = log[Math.Max(0, log.IndexOf("Sqlite", StringComparison.Ordinal) - 300)..];
        Assert.True((bot.Error.ToString() + bot.Output).Contains(StatePath, StringComparison.Ordinal), fromSqlite[..Math.Min(1500, fromSqlite.Length)]);
        Assert.NotEqual(0, code);
    }

    [Fact]
    public async Task DeletedWhileRunning_KeepsAnsweringExactlyOnce()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");

        foreach (var file in Directory.GetFiles(bot.StateFolder))
        {
            File.Delete(file);
        }

        var second = await bot.AskAsync(chat, user, "Kapan Austin terakhir menelepon Shoigu?");
        await bot.StopAsync();
        await bot.StartAsync();
        var third = await bot.AskAsync(chat, user, "When did Austin first call Shoigu?");

        Assert.Contains("2022", third.Text, StringComparison.Ordinal);
        Assert.Equal(3, Telegram.SentTo(chat.Id).Count(m => m.ReplyToMessageId is not null));
    }

    [Fact]
    public async Task LockedByAnotherProcess_WaitsThenHandlesEveryUpdateOnce()
    {
        await bot.StartAsync();
        var user = Telegram.CreateUser("Ana");
        var chat = Telegram.PrivateChatWith(user);
        await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");

        using var locker = Process.Start(new ProcessStartInfo("python3", ["-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(float(sys.argv[2]))", StatePath, "4"]) { RedirectStandardOutput = true })!;
        Assert.Equal("locked", await locker.StandardOutput.ReadLineAsync());
        var during = Telegram.SendText(chat, user, "Kapan Austin terakhir menelepon Shoigu?");
        await locker.WaitForExitAsync();
        await Telegram.WaitForConfirmationAsync(during.UpdateId, TimeSpan.FromSeconds(60));

        Assert.Single(Telegram.RepliesTo(during));
    }

    /// <summary>
    /// Disk full, simulated with a 2 MB tmpfs mount holding the state file (the test needs root,
    /// as CI has; elsewhere it cannot mount and checks nothing): while the disk is full questions
    /// are still answered (follow-up memory is given up with a warning) and each once; once space
    /// is back the bot carries on.
    /// </summary>
    [Fact]
    public async Task DiskFull_StillAnswersEachQuestionOnce_AndCarriesOn()
    {
        var mount = Directory.CreateTempSubdirectory("state-tmpfs-").FullName;
        if (!await RunAsync("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount))
        {
            Directory.Delete(mount);
            return;
        }

        try
        {
            bot.ExtraArguments.Add("--State:Path=" + Path.Combine(mount, "bot.db"));
            await bot.StartAsync();
            var user = Telegram.CreateUser("Ana");
            var chat = Telegram.PrivateChatWith(user);
            await bot.AskAsync(chat, user, "When did Austin last call Shoigu?");

            var filler = Path.Combine(mount, "filler");
            await RunAsync("dd", "if=/dev/zero", "of=" + filler, "bs=64k");
            // With the disk full the bot still answers (conversation memory is given up, with a warning),
            // and an update is confirmed only once it is handled: its reply was sent.
            var during = await bot.AskAsync(chat, user, "Kapan Austin terakhir menelepon Shoigu?");
            Assert.Contains("2022", during.Text, StringComparison.Ordinal);

            File.Delete(filler);
            var after = await bot.AskAsync(chat, user, "When did Austin first call Shoigu?");
            Assert.Contains("2022", after.Text, StringComparison.Ordinal);
            await bot.StopAsync();
            Assert.Equal(3, Telegram.SentTo(chat.Id).Count(m => m.ReplyToMessageId is not null));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await RunAsync("umount", "-l", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    private static async Task<bool> RunAsync(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await process.WaitForExitAsync();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private async Task StartAndWaitAsync()
    {
        try
        {
            await bot.StartAsync();
        }
        catch (InvalidOperationException)
        {
            // The bot exited before polling: the test reads why.
        }
    }
}

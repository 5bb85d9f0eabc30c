using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Bot.Testing.Telegram;

namespace Bot.Bench.Soak;

/// <summary>
/// Drives the real bot process (<c>dotnet Bot.dll telegram</c>) through the Bot API emulator:
/// questions from many private chats at a steady pace, with 429s, 5xx, HTML error pages and
/// dropped connections injected on a fixed schedule, and restarts on the way (by SIGTERM, or
/// every second one by SIGKILL with <see cref="SoakOptions.KillEveryOther"/>). It samples the process's resident memory, open files and
/// threads, and at the end counts the replies to every question and the unobserved task
/// exceptions the bot reported.
/// </summary>
internal sealed class SoakRunner(SoakOptions options, string repositoryRoot, string botAssembly, TextWriter progress)
{
    private static readonly string[] Questions = BotProcessArguments.SeedQuestions;

    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Dictionary<string, int> _faults = new(StringComparer.Ordinal);
    private int _unobserved;
    private int _errorLines;

    public async Task<SoakResult> RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        var state = Directory.CreateTempSubdirectory("soak-state-");
        var chats = Enumerable.Range(0, options.Chats).Select(i =>
        {
            var user = emulator.CreateUser("User" + i.ToString(CultureInfo.InvariantCulture));
            return (User: user, Chat: emulator.PrivateChatWith(user));
        }).ToList();
        var asked = new List<IncomingMessage>(options.Updates);
        var samples = new ConcurrentQueue<SoakSample>();
        var restarts = 0;
        var bot = Start(emulator, state.FullName);
        await WaitUntilPollingAsync(bot, emulator, cancellationToken);
        using var stopSampling = new CancellationTokenSource();
        var sampling = SampleAsync(() => bot, () => { lock (asked) { return (asked.Count, Answered(emulator), restarts); } }, samples, watch, stopSampling.Token);
        try
        {
            var restartEvery = options.Updates / (options.Restarts + 1);
            for (var i = 0; i < options.Updates; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (emulator.PendingUpdateCount >= options.MaxPending)
                {
                    await Task.Delay(10, cancellationToken);
                }

                if (i > 0 && restarts < options.Restarts && i % restartEvery == 0)
                {
                    restarts++;
                    var crash = options.KillEveryOther && restarts % 2 == 0;
                    await StopAsync(bot, hard: crash);
                    progress.WriteLine($"soak: restart {restarts} ({(crash ? "SIGKILL" : "SIGTERM")}) after {i} updates");
                    bot = Start(emulator, state.FullName);
                    await WaitUntilPollingAsync(bot, emulator, cancellationToken);
                }

                InjectFaults(emulator, i);
                var (user, chat) = chats[i % chats.Count];
                lock (asked)
                {
                    asked.Add(emulator.SendText(chat, user, Questions[(i / chats.Count) % Questions.Length]));
                }

                if (i % 1000 == 999)
                {
                    progress.WriteLine($"soak: {i + 1} updates sent, {Answered(emulator)} answered, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            var deadline = watch.Elapsed + options.Deadline;
            while (Answered(emulator) < asked.Count && watch.Elapsed < deadline && !bot.HasExited)
            {
                await Task.Delay(200, cancellationToken);
            }

            // Time for a late duplicate to show before counting.
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
        finally
        {
            await stopSampling.CancelAsync();
            await sampling;
            await StopAsync(bot, hard: false);
            try
            {
                state.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }

        var replies = emulator.SentMessages
            .Where(m => m.ReplyToMessageId is not null)
            .GroupBy(m => (m.ChatId, m.ReplyToMessageId!.Value))
            .ToDictionary(g => g.Key, g => g.Count());
        var counts = asked.Select(q => replies.GetValueOrDefault((q.Chat.Id, q.MessageId))).ToList();
        return new SoakResult(
            options,
            asked.Count,
            counts.Count(c => c == 1),
            counts.Count(c => c == 0),
            counts.Count(c => c > 1),
            _unobserved,
            _errorLines,
            new Dictionary<string, int>(_faults),
            restarts,
            [.. samples],
            Math.Round(watch.Elapsed.TotalSeconds, 1));
    }

    /// <summary>Recent error lines of the bot, for a report that did not hold.</summary>
    public IReadOnlyList<string> ErrorSample => [.. _errors.Take(20)];

    /// <summary>Until the new process polls; a process that exits first failed to start, and says why.</summary>
    private async Task WaitUntilPollingAsync(Process bot, TelegramBotApiEmulator emulator, CancellationToken cancellationToken)
    {
        var polls = emulator.PollCount;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (emulator.PollCount <= polls)
        {
            if (bot.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("The bot did not start polling: " + string.Join(" | ", _errors));
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private static int Answered(TelegramBotApiEmulator emulator) =>
        emulator.SentMessages.Where(m => m.ReplyToMessageId is not null).Select(m => (m.ChatId, m.ReplyToMessageId)).Distinct().Count();

    /// <summary>The fault schedule: fixed, so that two runs see the same faults at the same updates.</summary>
    private void InjectFaults(TelegramBotApiEmulator emulator, int i)
    {
        void Inject(string method, string kind, EmulatorFault fault)
        {
            emulator.InjectFault(method, fault);
            _faults[kind] = _faults.GetValueOrDefault(kind) + 1;
        }

        if (i % 97 == 13)
        {
            Inject("sendMessage", "sendMessage 429 retry_after 1", EmulatorFault.TooManyRequests(1));
        }

        if (i % 89 == 7)
        {
            Inject("sendMessage", "sendMessage 500", EmulatorFault.InternalServerError());
        }

        if (i % 83 == 5)
        {
            Inject("sendMessage", "sendMessage 502 HTML page", EmulatorFault.BadGateway());
        }

        if (i % 79 == 3)
        {
            Inject("sendMessage", "sendMessage connection dropped", EmulatorFault.DropConnection());
        }

        if (i % 151 == 11)
        {
            Inject("getUpdates", "getUpdates connection dropped", EmulatorFault.DropConnection());
        }

        if (i % 173 == 17)
        {
            Inject("getUpdates", "getUpdates 500", EmulatorFault.InternalServerError());
        }

        if (i % 191 == 19)
        {
            Inject("getUpdates", "getUpdates 429 retry_after 1", EmulatorFault.TooManyRequests(1));
        }
    }

    private Process Start(TelegramBotApiEmulator emulator, string stateFolder)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
        [
            botAssembly,
            "telegram",
            .. BotProcessArguments.AgainstEmulator(emulator, repositoryRoot),
            "--State:Path=" + Path.Combine(stateFolder, "bot.db"),
            "--Telegram:PollTimeoutSeconds=1",
        ])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the bot process did not start");
        process.OutputDataReceived += (_, e) => Observe(e.Data);
        process.ErrorDataReceived += (_, e) => Observe(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("unobserved task exception", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _unobserved);
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || line.StartsWith("error:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
            _errors.Enqueue(line);
        }
    }

    private static async Task StopAsync(Process bot, bool hard)
    {
        if (bot.HasExited)
        {
            bot.Dispose();
            return;
        }

        if (hard)
        {
            bot.Kill();
        }
        else
        {
            using var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await bot.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            bot.Kill();
            await bot.WaitForExitAsync();
        }

        bot.Dispose();
    }

    private async Task SampleAsync(Func<Process> bot, Func<(int Sent, int Answered, int Restarts)> counts, ConcurrentQueue<SoakSample> samples, Stopwatch watch, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var next = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (watch.Elapsed < next)
                {
                    continue;
                }

                next = watch.Elapsed + options.SampleEvery;
                var process = bot();
                if (ProcessReading.TryRead(process.Id) is { } reading)
                {
                    var (sent, answered, restarts) = counts();
                    samples.Enqueue(new SoakSample(Math.Round(watch.Elapsed.TotalSeconds, 1), sent, answered, reading.ResidentMb, reading.OpenFiles, reading.Threads, restarts));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the run.
        }
    }
}

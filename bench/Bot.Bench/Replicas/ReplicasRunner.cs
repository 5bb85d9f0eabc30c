using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Bot.Bench.Perf;
using Bot.Testing.Telegram;
using Npgsql;

namespace Bot.Bench.Replicas;

/// <summary>
/// The load and failover run. First the webhook replicas (<c>dotnet Bot.dll webhook</c> processes) on
/// one PostgreSQL schema, answering from the shared articles table (filled by <c>import</c>): the Bot
/// API emulator POSTs the updates to them in turn as a load balancer would, delivers every
/// <see cref="ReplicasOptions.DuplicateEvery"/>th update a second time to another replica, and
/// meanwhile one replica is killed (SIGKILL) and later started again. Then a single polling process
/// (<c>dotnet Bot.dll telegram</c>, SQLite) gets the same questions. Each question's answers are
/// counted and each chat's order checked; the answers' latency and throughput are measured alike.
/// </summary>
internal sealed partial class ReplicasRunner(ReplicasOptions options, string repositoryRoot, string botAssembly, string postgresServer, TextWriter progress)
{
    private const string Secret = "bench-replicas-secret";

    private static readonly string[] Questions = BotProcessArguments.SeedQuestions;

    private readonly ConcurrentQueue<string> errors = new();

    /// <summary>Error lines of the bot processes, for a report that did not hold.</summary>
    public IReadOnlyList<string> ErrorSample => [.. errors.Take(20)];

    public async Task<ReplicasResult> RunAsync(CancellationToken cancellationToken)
    {
        var schema = "bench_replicas_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(postgresServer, $"CREATE SCHEMA {schema}", cancellationToken).ConfigureAwait(false);
        try
        {
            var database = new NpgsqlConnectionStringBuilder(postgresServer) { SearchPath = schema }.ConnectionString;
            var replicas = await RunReplicasAsync(database, cancellationToken).ConfigureAwait(false);
            var single = options.Compare ? await RunSingleAsync(cancellationToken).ConfigureAwait(false) : null;
            var all = errors.ToList();
            return replicas with
            {
                Single = single,
                ErrorLines = all.Count,
                UnobservedTaskExceptions = all.Count(l => l.Contains("unobserved task exception", StringComparison.OrdinalIgnoreCase)),
            };
        }
        finally
        {
            await ExecuteAsync(postgresServer, $"DROP SCHEMA IF EXISTS {schema} CASCADE", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<ReplicasResult> RunReplicasAsync(string database, CancellationToken cancellationToken)
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        emulator.DeliverTwice = id => id % options.DuplicateEvery == 0;
        var import = BotProcess.Start(botAssembly, repositoryRoot, ["import", Path.Combine(repositoryRoot, "articles"), .. StateArguments(database)], errors);
        if (await import.WaitForExitAsync(cancellationToken).ConfigureAwait(false) != 0)
        {
            throw new InvalidOperationException("import failed: " + string.Join(" | ", errors));
        }

        await import.DisposeAsync().ConfigureAwait(false);
        var ports = Enumerable.Range(0, options.Replicas).Select(_ => FreePort()).ToArray();
        var replicas = ports.Select(port => StartReplica(emulator, database, port)).ToArray();
        try
        {
            await Task.WhenAll(replicas.Select(r => r.WaitReadyAsync(TimeSpan.FromMinutes(2), cancellationToken))).ConfigureAwait(false);
            await emulator.WaitForAsync(() => emulator.WebhookUrl, url => url is not null, TimeSpan.FromSeconds(30), "setWebhook").ConfigureAwait(false);
            emulator.RouteWebhookTo([.. replicas.Select(r => WebhookUrl(r.BaseUrl!))]);
            progress.WriteLine($"replicas: {options.Replicas} webhook replicas ready on ports {string.Join(", ", ports)}");

            var victim = options.Replicas - 1;
            Task restarting = Task.CompletedTask;
            Task killing = Task.CompletedTask;
            var claimsAtKill = 0;
            var asked = await DriveAsync(
                emulator,
                async i =>
                {
                    if (options.Kill && i == options.KillAfter)
                    {
                        // Mid-answer: while traffic goes on, the kill waits (briefly) for the replica to hold a claim, so that there is something to take over.
                        var victimProcess = replicas[victim];
                        killing = Task.Run(
                            async () =>
                            {
                                await WaitForClaimAsync(database, victimProcess.Id, cancellationToken).ConfigureAwait(false);
                                await victimProcess.KillAsync().ConfigureAwait(false);

                                // Counted once the process is gone: a claim finished between the wait and the kill needs no takeover.
                                var holding = await ClaimsHeldAsync(database, victimProcess.Id, cancellationToken).ConfigureAwait(false);
                                claimsAtKill = (int)holding;
                                progress.WriteLine($"replicas: replica {victim + 1} killed (SIGKILL) after {i} updates, holding {holding} claim(s)");
                            },
                            cancellationToken);
                    }
                    else if (options.Kill && i == options.RestartAfter)
                    {
                        await killing.ConfigureAwait(false);
                        await replicas[victim].DisposeAsync().ConfigureAwait(false);
                        replicas[victim] = StartReplica(emulator, database, ports[victim]);
                        restarting = replicas[victim].WaitReadyAsync(TimeSpan.FromMinutes(2), cancellationToken)
                            .ContinueWith(_ => progress.WriteLine($"replicas: replica {victim + 1} restarted and ready"), TaskScheduler.Default);
                        progress.WriteLine($"replicas: replica {victim + 1} starting again after {i} updates");
                    }
                },
                cancellationToken).ConfigureAwait(false);
            await killing.ConfigureAwait(false);
            await restarting.ConfigureAwait(false);
            await WaitForAnswersAsync(emulator, asked, () => InboxSettledAsync(emulator, database, asked.Count, cancellationToken), cancellationToken).ConfigureAwait(false);
            await emulator.WaitForWebhookQueueEmptyAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);

            var (unconfirmed, takenOver) = await InboxOutcomesAsync(database, cancellationToken).ConfigureAwait(false);
            var figures = Measure("webhook replicas (PostgreSQL)", options.Replicas, asked, emulator.SentMessages, unconfirmed);
            var metrics = await Task.WhenAll(replicas.Select(r => r.MetricsAsync())).ConfigureAwait(false);
            var deliveries = emulator.WebhookDeliveries;
            var firstTargets = deliveries.Where(d => !d.Repeat && d.StatusCode == 200).GroupBy(d => d.UpdateId).ToDictionary(g => g.Key, g => g.First().Target);
            var repeats = deliveries.Where(d => d.Repeat).ToList();
            return new ReplicasResult(
                options,
                figures,
                figures,
                repeats.Count,
                repeats.Count(d => firstTargets.TryGetValue(d.UpdateId, out var first) && first != d.Target),
                deliveries.Count(d => d.StatusCode != 200),
                metrics.Sum(m => Metric(m, "bot_webhook_requests_total", "result=\"duplicate\"")),
                takenOver,
                unconfirmed.Count,
                options.Kill,
                claimsAtKill,
                0,
                0);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<PhaseFigures> RunSingleAsync(CancellationToken cancellationToken)
    {
        await using var emulator = await TelegramBotApiEmulator.StartAsync();
        var state = Directory.CreateTempSubdirectory("bench-replicas-single-");
        try
        {
            await using var bot = BotProcess.Start(botAssembly, repositoryRoot, ["telegram", .. CommonArguments(emulator), "--State:Path=" + Path.Combine(state.FullName, "bot.db"), "--Telegram:PollTimeoutSeconds=1"], errors);
            await emulator.WaitForAsync(() => emulator.PollCount, polls => polls > 0 || bot.HasExited, TimeSpan.FromMinutes(2), "getUpdates").ConfigureAwait(false);
            progress.WriteLine("replicas: single polling process ready");
            var asked = await DriveAsync(emulator, _ => Task.CompletedTask, cancellationToken).ConfigureAwait(false);
            await WaitForAnswersAsync(emulator, asked, null, cancellationToken).ConfigureAwait(false);
            return Measure("one polling process (SQLite)", 1, asked, emulator.SentMessages, new HashSet<long>());
        }
        finally
        {
            try
            {
                state.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    /// <summary>
    /// Sends the questions round-robin over the chats, keeping at most <see cref="ReplicasOptions.MaxOutstanding"/>
    /// unanswered; <paramref name="before"/> runs before update i is sent (the kill and restart).
    /// </summary>
    private async Task<IReadOnlyList<(IncomingMessage Question, long SentAt)>> DriveAsync(TelegramBotApiEmulator emulator, Func<int, Task> before, CancellationToken cancellationToken)
    {
        var chats = Enumerable.Range(0, options.Chats).Select(i =>
        {
            var user = emulator.CreateUser("User" + i.ToString(CultureInfo.InvariantCulture));
            return (User: user, Chat: emulator.PrivateChatWith(user));
        }).ToList();
        var asked = new List<(IncomingMessage, long)>(options.Updates);
        for (var i = 0; i < options.Updates; i++)
        {
            while (asked.Count - Answered(emulator) >= options.MaxOutstanding)
            {
                await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            }

            await before(i).ConfigureAwait(false);
            var (user, chat) = chats[i % chats.Count];
            asked.Add((emulator.SendText(chat, user, Questions[(i / chats.Count) % Questions.Length]), Stopwatch.GetTimestamp()));
            if (i % 500 == 499)
            {
                progress.WriteLine($"replicas: {i + 1} updates sent, {Answered(emulator)} answered");
            }
        }

        return asked;
    }

    /// <summary>Until every question is answered, or <paramref name="settled"/> says nothing more will come (or the deadline passes).</summary>
    private async Task WaitForAnswersAsync(TelegramBotApiEmulator emulator, IReadOnlyList<(IncomingMessage Question, long SentAt)> asked, Func<Task<bool>>? settled, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Deadline.TotalSeconds * Stopwatch.Frequency);
        while (Answered(emulator) < asked.Count && Stopwatch.GetTimestamp() < deadline)
        {
            if (settled is not null && await settled().ConfigureAwait(false))
            {
                break;
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        // Time for a late second answer to show before counting.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts, order and timing of the answers to <paramref name="asked"/>.</summary>
    internal static PhaseFigures Measure(string arrangement, int processes, IReadOnlyList<(IncomingMessage Question, long SentAt)> asked, IReadOnlyList<SentMessage> sent, IReadOnlySet<long> unconfirmed)
    {
        var replies = sent.Where(m => m.ReplyToMessageId is not null)
            .GroupBy(m => (m.ChatId, m.ReplyToMessageId!.Value))
            .ToDictionary(g => g.Key, g => (Count: g.Count(), At: g.Max(m => m.At)));
        int once = 0, more = 0, unconfirmedCount = 0, lost = 0;
        var latencies = new List<double>(asked.Count);
        long first = long.MaxValue, last = long.MinValue;
        foreach (var (question, sentAt) in asked)
        {
            first = Math.Min(first, sentAt);
            if (!replies.TryGetValue((question.Chat.Id, question.MessageId), out var reply))
            {
                if (unconfirmed.Contains(question.UpdateId))
                {
                    unconfirmedCount++;
                }
                else
                {
                    lost++;
                }

                continue;
            }

            if (reply.Count == 1)
            {
                once++;
            }
            else
            {
                more++;
            }

            latencies.Add((reply.At - sentAt) * 1000.0 / Stopwatch.Frequency);
            last = Math.Max(last, reply.At);
        }

        // A chat's answers must come in the order of its questions, whichever replica wrote them.
        var outOfOrder = sent.Where(m => m.ReplyToMessageId is not null)
            .GroupBy(m => m.ChatId)
            .Count(chat =>
            {
                var order = chat.Select(m => m.ReplyToMessageId!.Value).Distinct().ToList();
                return !order.SequenceEqual(order.Order());
            });
        var seconds = last > first ? (last - first) / (double)Stopwatch.Frequency : 0;
        return new PhaseFigures(arrangement, processes, asked.Count, once, more, unconfirmedCount, lost, outOfOrder, LatencyStats.From(latencies), seconds == 0 ? 0 : Math.Round(latencies.Count / seconds, 1), Math.Round(seconds, 1));
    }

    private BotProcess StartReplica(TelegramBotApiEmulator emulator, string database, int port)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        string[] arguments =
        [
            "webhook",
            .. CommonArguments(emulator),
            .. StateArguments(database),
            "--Articles:Source=postgres",
            "--Webhook:Listen=" + baseUrl.AbsoluteUri.TrimEnd('/'),
            "--Webhook:SecretToken=" + Secret,
            "--Webhook:PublicUrl=https://bot.example.com/telegram/update",
            "--Webhook:ClaimLease=" + options.ClaimLease.ToString("c", CultureInfo.InvariantCulture),
            "--Webhook:SweepInterval=" + options.SweepInterval.ToString("c", CultureInfo.InvariantCulture),
        ];
        return BotProcess.Start(botAssembly, repositoryRoot, arguments, errors, baseUrl);
    }

    /// <summary>The same bot settings for every arrangement.</summary>
    private string[] CommonArguments(TelegramBotApiEmulator emulator) => BotProcessArguments.AgainstEmulator(emulator, repositoryRoot);

    private static string[] StateArguments(string database) => ["--State:Provider=postgres", "--State:ConnectionString=" + database];

    private static Uri WebhookUrl(Uri baseUrl) => new(baseUrl, "telegram/update");

    private static int Answered(TelegramBotApiEmulator emulator) =>
        emulator.SentMessages.Where(m => m.ReplyToMessageId is not null).Select(m => (m.ChatId, m.ReplyToMessageId)).Distinct().Count();

    /// <summary>
    /// From the shared inbox: the updates recorded as delivered, unconfirmed (taken over after their
    /// replica had begun sending), and how many others were taken over and answered (claimed more than once).
    /// </summary>
    private static async Task<(IReadOnlySet<long> Unconfirmed, int TakenOver)> InboxOutcomesAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT update_id, outcome, attempts FROM bot_update_inbox WHERE outcome = 'unconfirmed' OR attempts > 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var unconfirmed = new HashSet<long>();
        var takenOver = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(1) && reader.GetString(1) == "unconfirmed")
            {
                unconfirmed.Add(reader.GetInt64(0));
            }
            else
            {
                takenOver++;
            }
        }

        return (unconfirmed, takenOver);
    }

    /// <summary>True when every update was delivered and the inbox holds all of them as done: no answer is still to come.</summary>
    private static async Task<bool> InboxSettledAsync(TelegramBotApiEmulator emulator, string database, int updates, CancellationToken cancellationToken)
    {
        if (emulator.PendingUpdateCount > 0)
        {
            return false;
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*) FILTER (WHERE state = 'done') FROM bot_update_inbox", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! >= updates;
    }

    /// <summary>Waits up to a few seconds until the replica with process id <paramref name="pid"/> holds a claim in the inbox.</summary>
    private static async Task WaitForClaimAsync(string database, int pid, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (5 * Stopwatch.Frequency);
        while (await ClaimsHeldAsync(database, pid, cancellationToken).ConfigureAwait(false) == 0 && Stopwatch.GetTimestamp() <= deadline)
        {
            await Task.Delay(2, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many inbox rows the replica with process id <paramref name="pid"/> holds claimed.</summary>
    private static async Task<long> ClaimsHeldAsync(string database, int pid, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM bot_update_inbox WHERE state = 'claimed' AND owner LIKE $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"%:{pid.ToString(CultureInfo.InvariantCulture)}:%" });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The sum of a Prometheus counter's samples whose labels contain <paramref name="label"/>.</summary>
    internal static double Metric(string text, string name, string label) =>
        MetricLine().Matches(text)
            .Where(m => m.Groups["name"].Value == name && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    [GeneratedRegex("^(?<name>[a-z_]+)\\{(?<labels>[^}]*)\\} (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex MetricLine();
}

using Bot.Bench;

const string Usage = """
    usage: dotnet run -c Release --project bench/Bot.Bench -- COMMAND [options]
      quality [--sample N] [--distractors N] [--datasets seeds,idk-mrc,tydi-id,facqa,xquad-en-id] [--shared PATH] [--out FILE]
      summaries [--split test|valid] [--sample N] [--stories N] [--examples N] [--shared PATH] [--out FILE]
      vocabulary [--shared PATH] [--out FILE]   (reach of the English → Indonesian vocabulary: bank and XQuAD held-out questions)
      soak    [--updates 10000] [--chats 200] [--restarts 2] [--kill] [--out FILE]   (the bot through the Telegram emulator with faults; --kill: every second restart is SIGKILL)
      replicas [--updates 2000] [--chats 300] [--replicas 3] [--duplicate-every 10] [--no-kill] [--postgres CONNSTR] [--out FILE]   (webhook replicas on PostgreSQL with duplicates and a killed replica, against one polling process; the server defaults to BOT_TEST_POSTGRES)
      perf    [--sizes 1000,10000,100000] [--queries N] [--answers N] [--ask-runs N] [--bandwidth-mb N] [--shared PATH] [--out FILE]
    --shared defaults to ../shared beside the repository; results go to bench/results/latest.json.
    Release builds only (--allow-debug runs a Debug build anyway and marks its figures).
    """;

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (FormatException error)
{
    Console.Error.WriteLine($"{error.Message}\n{Usage}");
    return 2;
}

var known = arguments.Command switch
{
    "quality" => QualityCommand.Options,
    "perf" => PerfCommand.Options,
    Bot.Bench.Summaries.SummariesCommand.Name => Bot.Bench.Summaries.SummariesCommand.Options,
    "soak" => Bot.Bench.Soak.SoakCommand.Options,
    Bot.Bench.Replicas.ReplicasCommand.Name => Bot.Bench.Replicas.ReplicasCommand.Options,
    Bot.Bench.Vocabulary.VocabularyCommand.Name => Bot.Bench.Vocabulary.VocabularyCommand.Options,
    _ => null,
};
if (known is null)
{
    Console.Error.WriteLine($"unknown command '{arguments.Command}'\n{Usage}");
    return 2;
}

if (arguments.UnknownAmong([.. known]).FirstOrDefault() is { } unknownOption)
{
    Console.Error.WriteLine($"unknown option --{unknownOption}\n{Usage}");
    return 2;
}

var configuration = BuildConfiguration.Name;
if (configuration == "Debug")
{
    if (!arguments.Has("allow-debug"))
    {
        Console.Error.WriteLine("This is a Debug build; figures from it mislead. Run with -c Release (or pass --allow-debug).");
        return 2;
    }

    Console.Error.WriteLine("warning: Debug build; the figures are marked configuration=Debug.");
}

try
{
    var layout = RepositoryLayout.Find(AppContext.BaseDirectory, arguments.Text("shared"));
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    if (arguments.Command == "soak")
    {
        return await Bot.Bench.Soak.SoakCommand.RunAsync(arguments, layout.Root, cancel.Token).ConfigureAwait(false);
    }

    if (arguments.Command == Bot.Bench.Replicas.ReplicasCommand.Name)
    {
        return await Bot.Bench.Replicas.ReplicasCommand.RunAsync(arguments, layout.Root, cancel.Token).ConfigureAwait(false);
    }

    return arguments.Command switch
    {
        "quality" => await QualityCommand.RunAsync(arguments, layout, configuration, cancel.Token).ConfigureAwait(false),
        Bot.Bench.Vocabulary.VocabularyCommand.Name => await Bot.Bench.Vocabulary.VocabularyCommand.RunAsync(arguments, layout, configuration).ConfigureAwait(false),
        Bot.Bench.Summaries.SummariesCommand.Name => await Bot.Bench.Summaries.SummariesCommand.RunAsync(arguments, layout, configuration, cancel.Token).ConfigureAwait(false),
        _ => await PerfCommand.RunAsync(arguments, layout, configuration, cancel.Token).ConfigureAwait(false),
    };
}
catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException or FormatException)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}

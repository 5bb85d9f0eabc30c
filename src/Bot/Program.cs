using Bot.Hosting;

// A task whose failure nobody awaited is a bug; say so instead of losing it silently.
TaskScheduler.UnobservedTaskException += (_, e) =>
{
    Console.Error.WriteLine($"error: unobserved task exception: {e.Exception.GetBaseException().GetType().Name}: {e.Exception.GetBaseException().Message}");
    e.SetObserved();
};

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C stops cleanly; the process exits when the command returns.
    e.Cancel = true;
    stop.Cancel();
};

try
{
    return await BotApplication.RunAsync(args, Console.In, Console.Out, Console.Error, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    return 0;
}

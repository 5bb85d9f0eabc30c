using Bot.Hosting;

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

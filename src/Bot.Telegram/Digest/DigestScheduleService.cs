using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Digest;

/// <summary>
/// Posts the channel digest every day at Digest:Schedule (Digest:TimeZone) while the bot runs.
/// Posting is exactly-once per article, so a restart near the hour or two schedules in a day post nothing twice.
/// </summary>
internal sealed class DigestScheduleService(ChannelDigest digest, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestScheduleService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DigestSchedule.From(options.Value) is not { } schedule)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var due = schedule.NextAfter(time.GetUtcNow());
            Log.DigestScheduled(logger, due);
            try
            {
                await Task.Delay(due - time.GetUtcNow(), time, stoppingToken).ConfigureAwait(false);
                var outcome = await digest.PostAsync(stoppingToken).ConfigureAwait(false);
                if (outcome.Error is { } error)
                {
                    Log.DigestScheduleFailed(logger, error);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

using Bot.Telegram.Api;
using Bot.Telegram.Api.Types;
using Bot.Telegram.Conversation;
using Bot.Telegram.Hosting;
using Bot.Telegram.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Polling;

/// <summary>
/// The long-polling bot. Confirms an update to Telegram, and records it in the state file,
/// only once it and every earlier update are handled, so a restart neither answers twice nor
/// skips a question. 409 (webhook set, or another poller): the webhook is deleted once, then
/// the loop backs off. Stopping ends polling at once and gives answers under way
/// Telegram:ShutdownGracePeriod to finish; the rest come again at the next start.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramUpdateHandler handler,
    TelegramStateStore store,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly IReadOnlyList<BotCommand> Commands =
    [
        new("ask", "Ask about the articles (in groups)"),
        new("sources", "List the articles I know"),
        new("summary", "Summaries of the news stories"),
        new("help", "What I know and how to ask"),
    ];

    private readonly TelegramOptions settings = options?.Value ?? throw new ArgumentNullException(nameof(options));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        User bot;
        try
        {
            bot = await client.GetMeAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (TelegramApiException e) when (e.ErrorCode is 401 or 404)
        {
            Log.TokenRejected(logger, e.ErrorCode, e.Description);
            throw;
        }

        var commands = SetCommandsAsync(stoppingToken);
        var lastHandled = await store.GetLastHandledUpdateIdAsync(bot.Id, stoppingToken).ConfigureAwait(false);
        var handledAbove = new HashSet<long>(await store.GetHandledAboveAsync(bot.Id, lastHandled ?? long.MinValue, stoppingToken).ConfigureAwait(false));
        if (lastHandled is { } resumed)
        {
            Log.Resuming(logger, resumed);
        }

        Log.BotStarted(logger, bot.Username, bot.Id, settings.ApiBaseUrl.Host);
        var watermark = new UpdateWatermark(lastHandled);
        using var dispatcher = new ChatDispatcher(settings.MaxConcurrentChats);

        // Answers under way when the host stops may finish (a reply half sent would otherwise go out twice).
        using var abandon = new CancellationTokenSource();
        using var stopping = stoppingToken.Register(() => abandon.CancelAfter(settings.ShutdownGracePeriod));
        try
        {
            await PollAsync(bot, watermark, handledAbove, dispatcher, stoppingToken, abandon.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or host shutdown.
        }
        finally
        {
            await dispatcher.DrainAsync().ConfigureAwait(false);
            await commands.ConfigureAwait(false);
            Log.PollingStopped(logger, watermark.LastHandled);
        }
    }

    private async Task PollAsync(
        User bot, UpdateWatermark watermark, HashSet<long> handledAbove, ChatDispatcher dispatcher, CancellationToken stoppingToken, CancellationToken abandonToken)
    {
        var webhookDeleted = false;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<Update> updates;
            try
            {
                updates = await client.GetUpdatesAsync(watermark.NextOffset, settings.PollTimeoutSeconds, TelegramLimits.AllowedUpdates, stoppingToken)
                    .ConfigureAwait(false);
                failures = 0;
            }
            catch (TelegramApiException e) when (e.ErrorCode == 409 && !webhookDeleted)
            {
                webhookDeleted = true;
                Log.DeletingWebhook(logger, e.Description);
                await DeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (TelegramApiException e) when (e.ErrorCode == 409)
            {
                var delay = Backoff(++failures);
                Log.PollingConflict(logger, e.Description, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (TelegramApiException e)
            {
                var delay = Backoff(++failures);
                Log.PollFailed(logger, e, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                continue;
            }

            var started = 0;
            foreach (var update in updates)
            {
                if (!watermark.TryBegin(update.UpdateId))
                {
                    continue;
                }

                if (handledAbove.Remove(update.UpdateId))
                {
                    // Answered before the last stop while an earlier update was still under way.
                    var chatId = ChatKey(update);
                    Log.UpdateIgnored(logger, update.UpdateId, chatId, "handled before the restart");
                    await RecordAsync(bot, watermark, update.UpdateId).ConfigureAwait(false);
                    continue;
                }

                started++;
                dispatcher.Enqueue(ChatKey(update), ct => HandleAsync(update, bot, watermark, ct), stoppingToken, abandonToken);
            }

            if (started == 0 && watermark.InFlight > 0)
            {
                // Unconfirmed updates come back at once on every poll; don't spin while they are being answered.
                await watermark.WaitForProgressAsync(TelegramLimits.BusyPollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(Update update, User bot, UpdateWatermark watermark, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleAsync(update, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Not handled: left unconfirmed, so Telegram delivers it again after a restart.
            return;
        }
#pragma warning disable CA1031 // A bad update must never stop the loop: log it and move past it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.UpdateFailed(logger, e, update.UpdateId, ChatKey(update));
        }

        await RecordAsync(bot, watermark, update.UpdateId).ConfigureAwait(false);
    }

    /// <summary>Marks an update handled, in memory and in the state file.</summary>
    private async Task RecordAsync(User bot, UpdateWatermark watermark, long updateId)
    {
        try
        {
            var handled = watermark.Complete(updateId);
            if (handled is null || handled < updateId)
            {
                await store.SaveHandledOutOfOrderAsync(bot.Id, updateId, CancellationToken.None).ConfigureAwait(false);
            }

            if (handled is { } contiguous)
            {
                await store.SaveLastHandledUpdateIdAsync(bot.Id, contiguous, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (SqliteException e)
        {
            Log.StateSaveFailed(logger, e, updateId);
        }
    }

    private async Task SetCommandsAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(TelegramLimits.CosmeticTimeout);
        try
        {
            await client.SetMyCommandsAsync(Commands, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Log.CosmeticCallFailed(logger, "setMyCommands", "cancelled");
        }
        catch (TelegramApiException e)
        {
            Log.CosmeticCallFailed(logger, "setMyCommands", e.Message);
        }
        catch (TelegramTransportException e)
        {
            Log.CosmeticCallFailed(logger, "setMyCommands", e.Message);
        }
    }

    private async Task DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.DeleteWebhookAsync(dropPendingUpdates: false, stoppingToken).ConfigureAwait(false);
        }
        catch (TelegramApiException e)
        {
            Log.PollFailed(logger, e, 0);
        }
    }

    /// <summary>Exponential backoff with ±20 % jitter, from Telegram:RetryBaseDelay up to Telegram:RetryMaxDelay.</summary>
    private TimeSpan Backoff(int failures)
    {
        var exponential = settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20));
        var capped = Math.Min(exponential, Math.Max(settings.RetryMaxDelay.TotalMilliseconds, settings.RetryBaseDelay.TotalMilliseconds));
#pragma warning disable CA5394 // Jitter only spreads retries; it protects nothing.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(capped * jitter);
    }

    private static long ChatKey(Update update) => update.Message?.Chat.Id ?? 0;
}

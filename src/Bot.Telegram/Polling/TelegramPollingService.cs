using System.Data.Common;
using Bot.State.Updates;
using Bot.Telegram.Client;
using Bot.Telegram.Hosting;
using Bot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Bot.Telegram.Polling;

/// <summary>
/// The long-polling bot. Telegram.Bot's receiver confirms each update before the next poll and
/// handles one at a time; this loop answers chats concurrently (each chat in order) and confirms an
/// update to Telegram only once it and every earlier one are handled and recorded in the state
/// file. It starts without an offset, from the earliest unconfirmed update, and skips the updates
/// recorded as handled, so a restart neither answers twice nor skips a question, whatever ids
/// Telegram uses. 409 (webhook set, or another poller): the webhook is deleted once, then the loop
/// backs off. Stopping ends polling at once and gives answers under way
/// Telegram:ShutdownGracePeriod to finish; the rest come again at the next start.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramUpdateHandler handler,
    IHandledUpdateStore store,
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
            bot = await client.GetMe(stoppingToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
        {
            Log.TokenRejected(logger, e.ErrorCode, e.Message);
            throw;
        }

        var commands = SetCommandsAsync(stoppingToken);
        Log.BotStarted(logger, bot.Username, bot.Id, settings.ApiBaseUrl.Host);
        var progress = new UpdateProgress();
        using var dispatcher = new ChatDispatcher(settings.MaxConcurrentChats);

        // Answers under way when the host stops may finish (a reply half sent would otherwise go out twice).
        using var abandon = new CancellationTokenSource();
        using var stopping = stoppingToken.Register(() => abandon.CancelAfter(settings.ShutdownGracePeriod));
        try
        {
            await PollAsync(bot, progress, dispatcher, stoppingToken, abandon.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or host shutdown.
        }
        finally
        {
            await dispatcher.DrainAsync().ConfigureAwait(false);
            await commands.ConfigureAwait(false);
            var unconfirmedFrom = progress.NextOffset();
            Log.PollingStopped(logger, unconfirmedFrom);
        }
    }

    private async Task PollAsync(User bot, UpdateProgress progress, ChatDispatcher dispatcher, CancellationToken stoppingToken, CancellationToken abandonToken)
    {
        var webhookDeleted = false;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<Update> updates;
            try
            {
                var request = new TolerantGetUpdatesRequest(new GetUpdatesRequest
                {
                    Offset = progress.NextOffset(),
                    Timeout = settings.PollTimeoutSeconds,
                    AllowedUpdates = TelegramLimits.AllowedUpdates,
                });
                updates = TolerantGetUpdatesRequest.Read(await client.SendRequest(request, stoppingToken).ConfigureAwait(false));
                failures = 0;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 409 && !webhookDeleted)
            {
                webhookDeleted = true;
                Log.DeletingWebhook(logger, e.Message);
                await DeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 409)
            {
                var delay = Backoff.Delay(++failures, settings.RetryBaseDelay, settings.RetryMaxDelay);
                Log.PollingConflict(logger, e.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (RequestException e)
            {
                // The loop is the bot's life: it keeps polling through an outage, never faster than the backoff.
                var delay = Backoff.Delay(++failures, settings.RetryBaseDelay, settings.RetryMaxDelay);
                Log.PollFailed(logger, e, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                continue;
            }

            var started = 0;
            foreach (var update in progress.Accept(updates))
            {
                var chat = ChatKey(update);
                if (await WasHandledAsync(bot, update).ConfigureAwait(false))
                {
                    // Answered before the last stop, but not yet confirmed to Telegram.
                    Log.UpdateIgnored(logger, update.Id, chat, "handled before the restart");
                    progress.Complete(update.Id);
                    continue;
                }

                started++;
                dispatcher.Enqueue(chat, ct => HandleAsync(update, bot, progress, ct), stoppingToken, abandonToken);
            }

            if (started == 0 && progress.InFlight > 0)
            {
                // Unconfirmed updates come back at once on every poll; don't spin while they are being answered.
                await progress.WaitForProgressAsync(TelegramLimits.BusyPollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(Update update, User bot, UpdateProgress progress, CancellationToken cancellationToken)
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
            var chat = ChatKey(update);
            Log.UpdateFailed(logger, e, update.Id, chat);
        }

        // Recorded before it is confirmed, so a crash in between cannot answer it twice.
        try
        {
            await store.RecordHandledAsync(bot.Id, update.Id, UpdateKey.Of(update), CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            Log.StateSaveFailed(logger, e, update.Id);
        }

        progress.Complete(update.Id);
    }

    private async Task<bool> WasHandledAsync(User bot, Update update)
    {
        try
        {
            return await store.WasHandledAsync(bot.Id, update.Id, UpdateKey.Of(update), CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            Log.StateSaveFailed(logger, e, update.Id);
            return false;
        }
    }

    private async Task SetCommandsAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(TelegramLimits.CosmeticTimeout);
        try
        {
            await client.SetMyCommands(Commands, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Log.CosmeticCallFailed(logger, "setMyCommands", "cancelled");
        }
        catch (RequestException e)
        {
            Log.CosmeticCallFailed(logger, "setMyCommands", e.Message);
        }
    }

    private async Task DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.DeleteWebhook(dropPendingUpdates: false, stoppingToken).ConfigureAwait(false);
        }
        catch (RequestException e)
        {
            Log.PollFailed(logger, e, 0);
        }
    }

    private static long ChatKey(Update update) => update.Message?.Chat?.Id ?? 0;
}

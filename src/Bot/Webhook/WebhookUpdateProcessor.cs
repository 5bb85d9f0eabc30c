using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Bot.State.Updates;
using Bot.Telegram;
using Bot.Telegram.Client;
using Bot.Telegram.Hosting;
using Bot.Telegram.Polling;
using Bot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Webhook;

/// <summary>
/// Answers the updates a replica received, from the shared inbox: each chat's updates one at a time
/// in update-id order (whichever replica received them), different chats concurrently. A claim is
/// renewed while an answer is written; a claim whose replica died expires, and the sweep hands its
/// chat to a live replica, which answers the update again only if nothing had been sent for it (else
/// it is delivered, unconfirmed). At start it learns who the bot is and, with Webhook:PublicUrl, sets
/// the webhook.
/// </summary>
internal sealed class WebhookUpdateProcessor : BackgroundService
{
    private readonly ITelegramBotClient client;
    private readonly TelegramUpdateHandler handler;
    private readonly IUpdateInbox inbox;
    private readonly WebhookOptions settings;
    private readonly TelegramOptions telegram;
    private readonly TimeProvider time;
    private readonly ILogger<WebhookUpdateProcessor> logger;
    private readonly WebhookStatistics statistics;
    private readonly TaskCompletionSource<User> bot = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ChatDispatcher dispatcher;
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource abandon = new();

    public WebhookUpdateProcessor(
        ITelegramBotClient client,
        TelegramUpdateHandler handler,
        IUpdateInbox inbox,
        IOptions<WebhookOptions> options,
        IOptions<TelegramOptions> telegram,
        TimeProvider time,
        WebhookStatistics statistics,
        ILogger<WebhookUpdateProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(telegram);
        this.client = client;
        this.handler = handler;
        this.inbox = inbox;
        this.time = time;
        this.logger = logger;
        this.statistics = statistics;
        settings = options.Value;
        this.telegram = telegram.Value;
        dispatcher = new ChatDispatcher(this.telegram.MaxConcurrentChats);
        BotId = long.Parse(this.telegram.BotToken.AsSpan(0, this.telegram.BotToken.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        Owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");
    }

    /// <summary>The bot's id: the digits before the token's colon, known before getMe answers.</summary>
    public long BotId { get; }

    /// <summary>This replica's name on its claims.</summary>
    public string Owner { get; }

    /// <summary>True once getMe has answered and updates are being handled.</summary>
    public bool IsReady => bot.Task.IsCompletedSuccessfully;

    /// <summary>The chat has a new update in the inbox: drain it (after the chat's earlier work).</summary>
    public void Accept(long chatId) =>
        dispatcher.Enqueue(chatId, ct => DrainAsync(chatId, ct), stopping.Token, abandon.Token);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Nothing new starts; answers under way get Telegram:ShutdownGracePeriod, then are abandoned
        // (their claims expire and another replica takes them over).
        await stopping.CancelAsync().ConfigureAwait(false);
        abandon.CancelAfter(telegram.ShutdownGracePeriod);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await dispatcher.DrainAsync().ConfigureAwait(false);
    }

    public override void Dispose()
    {
        dispatcher.Dispose();
        stopping.Dispose();
        abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        User me;
        try
        {
            me = await client.GetMe(stoppingToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
        {
            global::Bot.Telegram.Log.TokenRejected(logger, e.ErrorCode, e.Message);
            bot.TrySetException(e);
            throw;
        }

        bot.TrySetResult(me);
        Log.WebhookStarted(logger, Owner, me.Username, settings.Listen, settings.Path);
        if (settings.PublicUrl is { } url)
        {
            await SetWebhookAsync(url, stoppingToken).ConfigureAwait(false);
        }

        var lastPrune = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            await SweepAsync(stoppingToken).ConfigureAwait(false);
            if (time.GetElapsedTime(lastPrune) > WebhookLimits.PruneInterval)
            {
                lastPrune = time.GetTimestamp();
                await PruneAsync(stoppingToken).ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(settings.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Handles the chat's updates in order until none is left that this replica may take.</summary>
    private async Task DrainAsync(long chatId, CancellationToken cancellationToken)
    {
        User me;
        try
        {
            me = await bot.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ApiRequestException)
        {
            return;
        }

        while (!cancellationToken.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            ClaimedUpdate? claim;
            try
            {
                claim = await inbox.ClaimNextAsync(BotId, chatId, Owner, settings.ClaimLease, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                Log.WebhookInboxFailed(logger, e, "claim");
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (claim is null)
            {
                return;
            }

            if (await HandleAsync(claim, me, cancellationToken).ConfigureAwait(false) is not { } outcome)
            {
                return;
            }

            try
            {
                await inbox.CompleteAsync(claim.Update, Owner, outcome, CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                Log.WebhookInboxFailed(logger, e, "complete");
                return;
            }
        }
    }

    /// <summary>The outcome to record, or null when stopped before the update was handled (its claim then expires).</summary>
    private async Task<string?> HandleAsync(ClaimedUpdate claim, User me, CancellationToken cancellationToken)
    {
        var item = claim.Update;
        if (claim.Attempt > 1 && claim.SendStarted)
        {
            Log.WebhookTakeoverUnconfirmed(logger, item.UpdateId, item.ChatId);
            statistics.CountTakeover(unconfirmed: true);
            return WebhookOutcomes.Unconfirmed;
        }

        if (claim.Attempt > settings.MaxAttempts)
        {
            Log.WebhookGaveUp(logger, item.UpdateId, item.ChatId, claim.Attempt - 1);
            return WebhookOutcomes.Failed;
        }

        if (claim.Attempt > 1)
        {
            Log.WebhookTakeover(logger, item.UpdateId, item.ChatId, claim.Attempt);
            statistics.CountTakeover(unconfirmed: false);
        }

        var update = JsonSerializer.Deserialize<Update>(item.Payload, JsonBotAPI.Options)!;
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewWhileHandlingAsync(item, renewing.Token);
        try
        {
            using (PostingScope.Begin(ct => inbox.MarkSendStartedAsync(item, Owner, ct)))
            {
                await handler.HandleAsync(update, me, cancellationToken).ConfigureAwait(false);
            }

            return WebhookOutcomes.Handled;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // A bad update must never stop the replica: log it and move past it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.WebhookUpdateFailed(logger, e, item.UpdateId, item.ChatId);
            return WebhookOutcomes.Failed;
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RenewWhileHandlingAsync(InboxUpdate item, CancellationToken cancellationToken)
    {
        var every = settings.ClaimLease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(every, time, cancellationToken).ConfigureAwait(false);
            try
            {
                await inbox.RenewAsync(item, Owner, settings.ClaimLease, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                Log.WebhookInboxFailed(logger, e, "renew");
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var chat in await inbox.StalledChatsAsync(BotId, settings.ClaimLease, cancellationToken).ConfigureAwait(false))
            {
                Accept(chat);
            }
        }
        catch (DbException e)
        {
            Log.WebhookInboxFailed(logger, e, "sweep");
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await inbox.PruneAsync(WebhookLimits.KeepHandled, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            Log.WebhookInboxFailed(logger, e, "prune");
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task SetWebhookAsync(Uri url, CancellationToken cancellationToken)
    {
        var allowed = TelegramLimits.AllowedUpdates;
        try
        {
            await client.SetWebhook(
                url.AbsoluteUri,
                maxConnections: settings.MaxConnections,
                allowedUpdates: allowed,
                secretToken: settings.SecretToken,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var kinds = string.Join(",", allowed);
            Log.WebhookSet(logger, url.AbsoluteUri, settings.MaxConnections, kinds);
        }
        catch (RequestException e)
        {
            Log.WebhookSetFailed(logger, e.Message);
        }
    }
}

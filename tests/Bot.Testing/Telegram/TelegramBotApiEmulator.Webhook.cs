using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>
/// Webhooks as Telegram runs them: setWebhook checks its parameters as the Bot API does (an HTTPS
/// URL on port 443, 80, 88 or 8443; secret_token of 1–256 A–Z a–z 0–9 _ -; max_connections 1–100,
/// 40 by default), then every update is POSTed as JSON with X-Telegram-Bot-Api-Secret-Token until a
/// 2xx answer, at most max_connections at once and one at a time per chat. The public URL is
/// served by whatever <see cref="RouteWebhookTo"/> names, in turn, as a load balancer would; a
/// failed delivery is tried again at the next target.
/// </summary>
public sealed partial class TelegramBotApiEmulator
{
    private static readonly int[] WebhookPorts = [443, 80, 88, 8443];
    private static readonly TimeSpan RedeliveryDelay = TimeSpan.FromMilliseconds(100);

    private readonly List<WebhookDelivery> deliveries = [];
    private readonly HashSet<long> chatsInDelivery = [];
    private readonly HashSet<long> updatesInDelivery = [];
    private List<Uri> webhookTargets = [];
    private int nextTarget;
    private int deliveriesInFlight;
    private Task? deliveryLoop;
    private HttpClient? webhookClient;
    private string? lastWebhookError;
    private long? lastWebhookErrorDate;

    /// <summary>The secret_token of the last setWebhook, or null.</summary>
    public string? WebhookSecretToken { get; private set; }

    /// <summary>max_connections of the last setWebhook.</summary>
    public int WebhookMaxConnections { get; private set; } = 40;

    /// <summary>
    /// Which updates are POSTed a second time after the first delivery was answered, to another
    /// target than the first when there are several: Telegram repeats a delivery it could not see
    /// confirmed, and a load balancer may send the repeat to another replica.
    /// </summary>
    public Func<long, bool>? DeliverTwice { get; set; }

    /// <summary>Every webhook POST, in the order they ended.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries
    {
        get
        {
            lock (gate)
            {
                return [.. deliveries];
            }
        }
    }

    /// <summary>Where POSTs to the webhook URL go, in turn (the replicas behind a load balancer); replaces the previous targets.</summary>
    public void RouteWebhookTo(params Uri[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        lock (gate)
        {
            webhookTargets = [.. targets];
            webhookClient ??= new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            deliveryLoop ??= Task.Run(DeliverLoopAsync);
            Pulse();
        }
    }

    /// <summary>Waits until every queued update has been delivered (answered 2xx) to the webhook.</summary>
    public Task WaitForWebhookQueueEmptyAsync(TimeSpan? timeout = null) =>
        WaitForAsync(() => (PendingUpdateCount, InFlightDeliveries), state => state.PendingUpdateCount == 0 && state.InFlightDeliveries == 0, timeout, "webhook queue");

    private int InFlightDeliveries
    {
        get
        {
            lock (gate)
            {
                return deliveriesInFlight;
            }
        }
    }

    private JsonObject SetWebhookFromBot(JsonObject parameters)
    {
        if (parameters["url"] is null)
        {
            return Error(400, "Bad Request: parameter \"url\" is required");
        }

        var url = String(parameters, "url") ?? "";
        if (url.Length == 0)
        {
            return DeleteWebhook(parameters);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return Error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }

        if (!WebhookPorts.Contains(uri.Port))
        {
            return Error(400, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
        }

        var secret = String(parameters, "secret_token");
        if (secret is not null && (secret.Length is 0 or > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            return Error(400, "Bad Request: secret token contains unallowed characters");
        }

        var maxConnections = Long(parameters, "max_connections") ?? 40;
        if (maxConnections is < 1 or > 100)
        {
            return Error(400, "Bad Request: bad webhook: max_connections must be between 1 and 100");
        }

        lock (gate)
        {
            var wasSet = WebhookUrl is not null;
            WebhookUrl = uri.AbsoluteUri;
            WebhookSecretToken = secret;
            WebhookMaxConnections = (int)maxConnections;
            if (Structured(parameters, "allowed_updates") is JsonArray allowed)
            {
                AllowedUpdates = allowed.Select(a => a!.GetValue<string>()).ToList();
            }

            if (Bool(parameters, "drop_pending_updates"))
            {
                DropPending();
            }

            activePoll?.TrySetResult(true);
            Pulse();
            return Described(true, wasSet ? "Webhook was updated" : "Webhook was set");
        }
    }

    private JsonObject DeleteWebhook(JsonObject parameters)
    {
        lock (gate)
        {
            var wasSet = WebhookUrl is not null;
            WebhookUrl = null;
            WebhookSecretToken = null;
            if (Bool(parameters, "drop_pending_updates"))
            {
                DropPending();
            }

            Pulse();
            return Described(true, wasSet ? "Webhook was deleted" : "Webhook is already deleted");
        }
    }

    private JsonObject GetWebhookInfo()
    {
        lock (gate)
        {
            var info = new JsonObject { ["url"] = WebhookUrl ?? "", ["has_custom_certificate"] = false, ["pending_update_count"] = queue.Count };
            if (WebhookUrl is not null)
            {
                info["max_connections"] = WebhookMaxConnections;
                if (AllowedUpdates.Count > 0)
                {
                    info["allowed_updates"] = new JsonArray([.. AllowedUpdates.Select(a => (JsonNode)JsonValue.Create(a))]);
                }
            }

            if (lastWebhookError is not null)
            {
                info["last_error_date"] = lastWebhookErrorDate;
                info["last_error_message"] = lastWebhookError;
            }

            return Ok(info);
        }
    }

    private static JsonObject Described(bool result, string description) => new() { ["ok"] = true, ["result"] = result, ["description"] = description };

    private void DropPending()
    {
        queue.RemoveAll(u => !updatesInDelivery.Contains(u["update_id"]!.GetValue<long>()));
        confirmedBelow = nextUpdateId;
    }

    private async Task DeliverLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Task signal;
            var starting = new List<(long Id, long Chat, string Json)>();
            lock (gate)
            {
                signal = changed.Task;
                if (WebhookUrl is not null && webhookTargets.Count > 0)
                {
                    // One delivery at a time per chat, so that a chat's updates arrive in order.
                    var held = new HashSet<long>(chatsInDelivery);
                    foreach (var update in queue)
                    {
                        if (deliveriesInFlight >= WebhookMaxConnections)
                        {
                            break;
                        }

                        var id = update["update_id"]!.GetValue<long>();
                        var chat = ChatOf(update);
                        if (updatesInDelivery.Contains(id) || !held.Add(chat))
                        {
                            continue;
                        }

                        chatsInDelivery.Add(chat);
                        updatesInDelivery.Add(id);
                        deliveriesInFlight++;
                        starting.Add((id, chat, update.ToJsonString()));
                    }
                }
            }

            // Started only after the queue is no longer being enumerated: a delivery runs synchronously up to
            // its first await, and whatever it completes on the way (a signal's inline continuations) may
            // change the queue, which ended this loop with "Collection was modified" and stopped all deliveries.
            foreach (var (id, chat, json) in starting)
            {
                _ = DeliverAsync(id, chat, json);
            }

            try
            {
                await signal.WaitAsync(TimeSpan.FromMilliseconds(200), stopping.Token).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Look again: a failed delivery waits out its delay.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task DeliverAsync(long updateId, long chat, string json)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var (ok, first) = await PostAsync(updateId, json, repeat: false).ConfigureAwait(false);
                if (ok)
                {
                    if (DeliverTwice?.Invoke(updateId) == true)
                    {
                        await PostAsync(updateId, json, repeat: true, avoid: first).ConfigureAwait(false);
                    }

                    lock (gate)
                    {
                        queue.RemoveAll(u => u["update_id"]!.GetValue<long>() == updateId);
                    }

                    return;
                }

                await Task.Delay(RedeliveryDelay, stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The emulator is stopping.
        }
        finally
        {
            lock (gate)
            {
                updatesInDelivery.Remove(updateId);
                chatsInDelivery.Remove(chat);
                deliveriesInFlight--;
                Pulse();
            }
        }
    }

    private async Task<(bool Ok, Uri Target)> PostAsync(long updateId, string json, bool repeat, Uri? avoid = null)
    {
        Uri target;
        string? secret;
        HttpClient client;
        lock (gate)
        {
            target = webhookTargets[nextTarget++ % webhookTargets.Count];
            if (target == avoid && webhookTargets.Count > 1)
            {
                target = webhookTargets[nextTarget++ % webhookTargets.Count];
            }

            secret = WebhookSecretToken;
            client = webhookClient!;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        int status;
        string? error = null;
        try
        {
            using var response = await client.SendAsync(request, stopping.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (status is < 200 or > 299)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"Wrong response from the webhook: {status} {response.ReasonPhrase}");
            }
        }
        catch (HttpRequestException e)
        {
            status = 0;
            error = "Connection refused: " + e.Message;
        }
        catch (TaskCanceledException) when (!stopping.IsCancellationRequested)
        {
            status = 0;
            error = "Read timeout expired";
        }

        lock (gate)
        {
            deliveries.Add(new WebhookDelivery(updateId, target, status, error, repeat));
            if (error is not null)
            {
                lastWebhookError = error;
                lastWebhookErrorDate = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }

            Pulse();
        }

        return (error is null, target);
    }

    private static long ChatOf(JsonObject update) =>
        (update["message"] ?? update["edited_message"] ?? update["channel_post"])?["chat"]?["id"]?.GetValue<long>() ?? 0;
}

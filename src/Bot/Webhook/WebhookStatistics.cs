using System.Diagnostics.Metrics;
using Bot.Telegram.Metrics;

namespace Bot.Webhook;

/// <summary>The webhook's instruments: requests by result, and updates taken over from a replica that stopped.</summary>
internal sealed class WebhookStatistics
{
    private readonly Counter<long> requests;
    private readonly Counter<long> takeovers;

    public WebhookStatistics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        requests = meter.Meter.CreateCounter<long>("bot_webhook_requests", "{request}", "Webhook requests by result: accepted, duplicate (received before, by any replica), unauthorized, bad_request, unavailable.");
        takeovers = meter.Meter.CreateCounter<long>("bot_webhook_takeovers", "{update}", "Updates taken over from a replica that stopped; unconfirmed=true when it had begun sending, so nothing was sent again.");
    }

    public void CountRequest(string result) => requests.Add(1, new KeyValuePair<string, object?>("result", result));

    public void CountTakeover(bool unconfirmed) => takeovers.Add(1, new KeyValuePair<string, object?>("unconfirmed", unconfirmed ? "true" : "false"));
}

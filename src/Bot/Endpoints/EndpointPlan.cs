using Microsoft.AspNetCore.Http;

namespace Bot.Endpoints;

/// <summary>
/// What the replica's HTTP listener serves: /healthz, /readyz and /metrics always, and the webhook
/// when <see cref="WebhookPath"/> is set.
/// </summary>
internal sealed record EndpointPlan(string Listen, string? WebhookPath, RequestDelegate? Webhook, int MaxBodyBytes);

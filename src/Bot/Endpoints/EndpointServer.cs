using Bot.Telegram.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Bot.Endpoints;

/// <summary>
/// The replica's HTTP listener (Kestrel), a small web application beside the bot's host: /healthz
/// (alive), /readyz (ready to answer), /metrics (the ArticleBot meter in Prometheus format, through
/// OpenTelemetry) and, in webhook mode, the webhook. It keeps no logs of its own: its handlers log
/// through the bot's loggers.
/// </summary>
internal sealed class EndpointServer(EndpointPlan plan, Readiness readiness, ILogger<EndpointServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>The addresses Kestrel bound (a port 0 in Webhook:Listen or Metrics:Listen becomes a real one).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(plan.Listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // The webhook reads at most Webhook:MaxBodyBytes itself and answers 400 beyond; Kestrel's own limit only stops a flood.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 2L * plan.MaxBodyBytes);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BotMeter.Name).AddPrometheusExporter());
        var web = builder.Build();
        web.MapGet("/healthz", () => Results.Text("alive\n"));
        web.MapGet("/readyz", async (HttpContext context) =>
        {
            var problem = await readiness.CheckAsync(context.RequestAborted).ConfigureAwait(false);
            return problem is null ? Results.Text("ready\n") : Results.Text(problem + "\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        web.MapPrometheusScrapingEndpoint("/metrics");
        if (plan.WebhookPath is { } path && plan.Webhook is { } webhook)
        {
            web.MapPost(path, webhook);
        }

        await web.StartAsync(cancellationToken).ConfigureAwait(false);
        app = web;
        Addresses = [.. web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)))];
        var listening = string.Join(", ", Addresses.Select(a => a.ToString()));
        var routes = plan.WebhookPath is null ? "/healthz /readyz /metrics" : "/healthz /readyz /metrics POST " + plan.WebhookPath;
        Log.EndpointsListening(logger, listening, routes);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            app = null;
        }
    }
}

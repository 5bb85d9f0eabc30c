using Bot.Endpoints;
using Bot.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Metrics;

/// <summary>Composition of the bot's metrics: the index instruments always, and in polling mode the listener of Metrics:Listen.</summary>
internal static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddIndexMetrics(this IServiceCollection services)
    {
        services.AddBotMeter();
        if (!services.Any(d => d.ServiceType == typeof(IndexMetrics)))
        {
            services.AddSingleton<IndexMetrics>();
            services.AddHostedService(sp => sp.GetRequiredService<IndexMetrics>());
        }

        return services;
    }

    /// <summary>/healthz, /readyz and /metrics on Metrics:Listen for the polling bot, when it is set.</summary>
    public static IServiceCollection AddPollingMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIndexMetrics();
        services.AddOptionsWithValidateOnStart<MetricsOptions>()
            .Bind(configuration.GetSection(MetricsOptions.SectionName))
            .Validate(o => string.IsNullOrWhiteSpace(o.Listen) || WebhookServiceCollectionExtensions.ListenUrlsAreValid(o.Listen), "Metrics:Listen must be one or more http(s) URLs without a path (separated by ';'), such as http://0.0.0.0:9090.");
        var listen = configuration[$"{MetricsOptions.SectionName}:{nameof(MetricsOptions.Listen)}"];
        if (!string.IsNullOrWhiteSpace(listen))
        {
            services.AddEndpointServer(sp => new EndpointPlan(sp.GetRequiredService<IOptions<MetricsOptions>>().Value.Listen!, null, null, 64 * 1024));
        }

        return services;
    }
}

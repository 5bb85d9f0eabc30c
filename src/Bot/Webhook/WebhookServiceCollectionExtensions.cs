using Bot.Endpoints;
using Bot.Metrics;
using Bot.Telegram.Hosting;
using Bot.Telegram.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Webhook;

/// <summary>Composition of the webhook replica: options ("Webhook", validated at start-up), the inbox processor and the HTTP listener.</summary>
internal static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelegramUpdateHandler(configuration);
        services.AddOptionsWithValidateOnStart<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.SecretToken) || WebhookSecret.IsWellFormed(o.SecretToken), "Webhook:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret_token).")
            .Validate(o => ListenUrlsAreValid(o.Listen), "Webhook:Listen must be one or more http(s) URLs without a path (separated by ';'), such as http://0.0.0.0:8080.")
            .Validate(o => o.PublicUrl is null || (o.PublicUrl.IsAbsoluteUri && o.PublicUrl.Scheme == Uri.UriSchemeHttps), "Webhook:PublicUrl must be an absolute https URL (Telegram delivers webhooks over HTTPS only), such as https://bot.example.com/telegram/update.");
        services.AddIndexMetrics();
        services.TryAddSingleton<WebhookStatistics>();
        services.TryAddSingleton<WebhookUpdateProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookUpdateProcessor>());
        services.TryAddSingleton<WebhookReceiver>();
        services.AddEndpointServer(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
            var receiver = sp.GetRequiredService<WebhookReceiver>();
            return new EndpointPlan(options.Listen, options.Path, receiver.ReceiveAsync, options.MaxBodyBytes);
        }, sp => sp.GetRequiredService<WebhookUpdateProcessor>().IsReady);
        return services;
    }

    internal static bool ListenUrlsAreValid(string? listen) =>
        !string.IsNullOrWhiteSpace(listen) && listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(url =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.AbsolutePath == "/");
}

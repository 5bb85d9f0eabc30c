using Bot.State;
using Bot.Telegram.Client;
using Bot.Telegram.Updates;
using Bot.Telegram.Limits;
using Bot.Telegram.Metrics;
using Bot.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram.Hosting;

/// <summary>Composition of the Telegram adapter. The host supplies <c>IAnswerer</c> and <c>IArticleCatalog</c>.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The long-polling bot: everything in <see cref="AddTelegramClient"/> plus the update handler
    /// and the hosted <see cref="TelegramPollingService"/>.
    /// </summary>
    public static IServiceCollection AddTelegramBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelegramUpdateHandler(configuration);
        services.AddHostedService<TelegramPollingService>();
        return services;
    }

    /// <summary>
    /// The update handler and what it needs (the client, limits, statistics), without a way for
    /// updates to arrive: the polling service or a webhook brings them.
    /// </summary>
    public static IServiceCollection AddTelegramUpdateHandler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelegramClient(configuration);
        services.TryAddSingleton<QuestionRateLimiter>();
        services.TryAddSingleton<TelegramBotStatistics>();
        services.TryAddSingleton<DraftSupport>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        return services;
    }

    /// <summary>
    /// Options ("Telegram", and "State" with the state stores, validated at start-up), the Bot API
    /// client with its retry policy, the outgoing limiter and the reply sender: what any feature that
    /// sends to Telegram (such as channel digests) needs.
    /// </summary>
    public static IServiceCollection AddTelegramClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // DataAnnotations by reflection rather than the [OptionsValidator] generator: the generated
        // copy of [Range] drops ErrorMessage, and the messages must name the configuration key.
        services.AddOptionsWithValidateOnStart<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramOptions.SectionName))
            .PostConfigure<IOptions<Core.QuestionOptions>>((o, questions) => o.MaxQuestionLength = questions.Value.MaxLength)
            .ValidateDataAnnotations()
            .Validate(
                o => o.ApiBaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                    && url.AbsolutePath == "/" && url.Query.Length == 0,
                "Telegram:ApiBaseUrl must be an absolute http(s) URL of a server without a path, such as https://api.telegram.org or http://localhost:8081.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.ChannelId) || IsChannelId(o.ChannelId),
                "Telegram:ChannelId must be @channelusername or a numeric chat id such as -1001234567890.");
        services.AddBotState(configuration);

        services.TryAddSingleton(TimeProvider.System);
        // A plain HttpClient rather than IHttpClientFactory, whose logging prints request URIs and with
        // them the token. No client-wide timeout: each attempt gets its own (Telegram:RequestTimeout).
        services.TryAddSingleton<TelegramHttp>();
        services.TryAddSingleton(sp => new BotMeter(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<TelegramMetrics>();
        services.TryAddSingleton<ITelegramBotClient>(sp => new TelegramDeliveryClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            sp.GetRequiredService<TelegramHttp>().Client,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TelegramDeliveryClient>>(),
            sp.GetService<TelegramMetrics>()));
        services.TryAddSingleton<OutgoingMessageLimiter>();
        services.TryAddSingleton<TelegramReplySender>();
        return services;
    }

    private static bool IsChannelId(string text) => ChannelAddress.TryParse(text, out _);
}

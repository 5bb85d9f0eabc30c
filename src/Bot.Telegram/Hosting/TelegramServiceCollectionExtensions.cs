using Bot.Telegram.Api;
using Bot.Telegram.Api.Types;
using Bot.Telegram.Conversation;
using Bot.Telegram.Limits;
using Bot.Telegram.Polling;
using Bot.Telegram.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
        services.AddTelegramClient(configuration);
        services.TryAddSingleton<QuestionRateLimiter>();
        services.TryAddSingleton<TelegramBotStatistics>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.AddHostedService<TelegramPollingService>();
        return services;
    }

    /// <summary>
    /// Options ("Telegram", "State", validated at start-up), the Bot API client with its retry
    /// policy, the outgoing limiter, the reply sender and the state store: what any feature that
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
                o => o.ApiBaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "Telegram:ApiBaseUrl must be an absolute http(s) URL such as https://api.telegram.org.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.ChannelId) || IsChannelId(o.ChannelId),
                "Telegram:ChannelId must be @channelusername or a numeric chat id such as -1001234567890.");
        services.AddOptionsWithValidateOnStart<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .ValidateDataAnnotations();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TelegramStateStore>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new TelegramBotClient(options.BotToken, options.ApiBaseUrl, options.RequestTimeout);
        });
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new RetryingTelegramBotClient(
                sp.GetRequiredService<TelegramBotClient>(),
                options.RetryBaseDelay,
                options.RetryMaxDelay,
                sp.GetRequiredService<ILogger<RetryingTelegramBotClient>>(),
                sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<OutgoingMessageLimiter>();
        services.TryAddSingleton<TelegramReplySender>();
        return services;
    }

    private static bool IsChannelId(string text)
    {
        var id = ChatId.Parse(text);
        return id.Identifier is not null
            || (id.Username is { Length: > 1 } name && name[1..].All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
    }
}

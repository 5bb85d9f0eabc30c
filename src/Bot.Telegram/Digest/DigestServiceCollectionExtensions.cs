using Bot.Core.Summaries;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Telegram.Digest;

/// <summary>Composition of channel digests; the host supplies <c>IKnowledgeBaseSource</c>.</summary>
public static class DigestServiceCollectionExtensions
{
    /// <summary>The Telegram client (see <see cref="Hosting.TelegramServiceCollectionExtensions.AddTelegramClient"/>), "Digest" options, the state and <see cref="ChannelDigest"/>.</summary>
    public static IServiceCollection AddChannelDigest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTelegramClient(configuration);
        services.AddOptionsWithValidateOnStart<DigestOptions>()
            .Bind(configuration.GetSection(DigestOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Digest:TimeZone must be a time zone id such as Asia/Jakarta.");
        services.TryAddSingleton<IStorySummaryWriter, ExtractiveStorySummaryWriter>();
        services.TryAddSingleton<ChannelDigest>();
        return services;
    }

    /// <summary>The daily digest while the bot runs (Digest:Schedule); a no-op when no schedule is set.</summary>
    public static IServiceCollection AddDigestSchedule(this IServiceCollection services)
    {
        services.AddHostedService<DigestScheduleService>();
        return services;
    }

}

using Bot.Core;
using Bot.State.Health;
using Bot.Telegram.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Endpoints;

/// <summary>Composition of the HTTP listener and the bot's meter.</summary>
internal static class EndpointServiceCollectionExtensions
{
    /// <summary>The ArticleBot meter, from the host's meter factory.</summary>
    public static IServiceCollection AddBotMeter(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(sp => new BotMeter(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        return services;
    }

    /// <param name="plan">What to serve, from the command's options.</param>
    /// <param name="started">The command's own readiness (the bot reached Telegram), or null.</param>
    public static IServiceCollection AddEndpointServer(this IServiceCollection services, Func<IServiceProvider, EndpointPlan> plan, Func<IServiceProvider, bool>? started = null)
    {
        services.TryAddSingleton(sp => new EndpointServer(
            plan(sp),
            new Readiness(sp.GetRequiredService<IKnowledgeBaseSource>(), sp.GetRequiredService<IStateHealth>(), started is null ? null : () => started(sp)),
            sp.GetRequiredService<ILogger<EndpointServer>>()));
        services.AddHostedService(sp => sp.GetRequiredService<EndpointServer>());
        return services;
    }
}

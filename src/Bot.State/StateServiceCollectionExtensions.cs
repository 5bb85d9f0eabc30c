using Bot.Core.Conversations;
using Bot.State.Digests;
using Bot.State.Sqlite;
using Bot.State.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.State;

/// <summary>Composition of the state stores; today's provider is the SQLite file at State:Path.</summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>"State" options (validated at start-up), the state file and the stores of handled updates and digest posts. Safe to call more than once.</summary>
    public static IServiceCollection AddBotState(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SqliteStateFile)))
        {
            return services;
        }

        services.AddOptionsWithValidateOnStart<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteStateFile(
            sp.GetRequiredService<IOptions<StateOptions>>(),
            sp.GetService<IHostEnvironment>() ?? throw new InvalidOperationException("State:Path is resolved against the content root: register IHostEnvironment (the Generic Host does).")));
        services.TryAddSingleton<IHandledUpdateStore, SqliteHandledUpdateStore>();
        services.TryAddSingleton<IDigestPostStore, SqliteDigestPostStore>();
        return services;
    }

    /// <summary>Conversation memory in the state file, capped per conversation and over all of them.</summary>
    public static IServiceCollection AddConversationMemory(this IServiceCollection services, IConfiguration configuration, int turnsPerConversation, int maxStoredTurns)
    {
        services.AddBotState(configuration);
        services.TryAddSingleton<IConversationMemory>(sp => new SqliteConversationMemory(sp.GetRequiredService<SqliteStateFile>(), turnsPerConversation, maxStoredTurns));
        return services;
    }
}

using Bot.Core.Conversations;
using Bot.State.Corpus;
using Bot.State.Digests;
using Bot.State.Health;
using Bot.State.Limits;
using Bot.State.Postgres;
using Bot.State.Sqlite;
using Bot.State.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.State;

/// <summary>
/// Composition of the state stores: State:Provider picks the SQLite file at State:Path (the default)
/// or the PostgreSQL database at State:ConnectionString; every store has one interface and both
/// providers behind it.
/// </summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>"State" options (validated at start-up), the provider's database and the stores of handled updates and digest posts. Safe to call more than once.</summary>
    public static IServiceCollection AddBotState(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IStateHealth)))
        {
            return services;
        }

        services.AddOptionsWithValidateOnStart<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != StateProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "State:ConnectionString is required when State:Provider is postgres (for example Host=db;Database=bot;Username=bot;Password=…).");
        services.TryAddSingleton(TimeProvider.System);
        if (ProviderOf(configuration) == StateProvider.Postgres)
        {
            services.TryAddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<StateOptions>>().Value.ConnectionString!));
            services.TryAddSingleton<IStateHealth>(sp => sp.GetRequiredService<PostgresDatabase>());
            services.TryAddSingleton<IHandledUpdateStore>(sp => new PostgresHandledUpdateStore(sp.GetRequiredService<PostgresDatabase>()));
            services.TryAddSingleton<IDigestPostStore, PostgresDigestPostStore>();
            services.TryAddSingleton<IDigestPostLock, PostgresDigestPostLock>();
            services.TryAddSingleton<ISharedRateBuckets, PostgresRateBuckets>();
            services.TryAddSingleton<IUpdateInbox, PostgresUpdateInbox>();
            services.TryAddSingleton<IArticleTable, PostgresArticleTable>();
            return services;
        }

        services.TryAddSingleton(sp => new SqliteStateFile(
            sp.GetRequiredService<IOptions<StateOptions>>(),
            sp.GetService<IHostEnvironment>() ?? throw new InvalidOperationException("State:Path is resolved against the content root: register IHostEnvironment (the Generic Host does).")));
        services.TryAddSingleton<IStateHealth>(sp => sp.GetRequiredService<SqliteStateFile>());
        services.TryAddSingleton<IHandledUpdateStore, SqliteHandledUpdateStore>();
        services.TryAddSingleton<IDigestPostStore, SqliteDigestPostStore>();
        services.TryAddSingleton<IDigestPostLock, ProcessDigestPostLock>();
        services.TryAddSingleton<IUpdateInbox, SqliteUpdateInbox>();
        return services;
    }

    /// <summary>Conversation memory in the state database, capped per conversation and over all of them.</summary>
    public static IServiceCollection AddConversationMemory(this IServiceCollection services, IConfiguration configuration, int turnsPerConversation, int maxStoredTurns)
    {
        services.AddBotState(configuration);
        if (ProviderOf(configuration) == StateProvider.Postgres)
        {
            services.TryAddSingleton<IConversationMemory>(sp => new PostgresConversationMemory(sp.GetRequiredService<PostgresDatabase>(), turnsPerConversation, maxStoredTurns));
        }
        else
        {
            services.TryAddSingleton<IConversationMemory>(sp => new SqliteConversationMemory(sp.GetRequiredService<SqliteStateFile>(), turnsPerConversation, maxStoredTurns));
        }

        return services;
    }

    /// <summary>
    /// The provider, read while composing (the stores differ by provider); an unknown value falls back
    /// to SQLite here and is reported by the options validation at start-up.
    /// </summary>
    public static StateProvider ProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[$"{StateOptions.SectionName}:{nameof(StateOptions.Provider)}"];
        return Enum.TryParse<StateProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider : StateProvider.Sqlite;
    }
}

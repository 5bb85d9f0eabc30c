using Bot.Core.Answering.Contracts;
using Bot.Core.Budgets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

public static class BudgetServiceCollectionExtensions
{
    /// <summary>
    /// Section "Budgets" (validated at start-up), and the question budget around the answerer
    /// registered last, so that it bounds everything a question does (chat model included).
    /// Call after every other IAnswerer decoration.
    /// </summary>
    public static IServiceCollection AddBudgets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BudgetOptions>()
            .Bind(configuration.GetSection(BudgetOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IAnswerer) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register the IAnswerer before calling AddBudgets.");
        services.Remove(inner);
        services.AddSingleton<IAnswerer>(sp => new BudgetedAnswerer(
            Resolve(sp, inner),
            sp.GetRequiredService<IOptions<BudgetOptions>>().Value.Question,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Core.Budgets")));
        return services;
    }

    private static IAnswerer Resolve(IServiceProvider sp, ServiceDescriptor descriptor) => (IAnswerer)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}

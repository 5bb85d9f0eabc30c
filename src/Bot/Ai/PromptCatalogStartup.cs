using Bot.Core.Prompts;
using Microsoft.Extensions.Hosting;

namespace Bot.Ai;

/// <summary>
/// Loads the prompts when the host starts (an invalid file stops start-up with a
/// <see cref="PromptTemplateException"/> naming it) and reloads them when they change.
/// </summary>
internal sealed class PromptCatalogStartup : IHostedService
{
    private readonly PromptCatalog _catalog;

    public PromptCatalogStartup(PromptCatalog catalog) => _catalog = catalog;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _catalog.Watch();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Bot.Core.Prompts;
using Microsoft.Extensions.Hosting;

namespace Bot.Ai;

/// <summary>
/// Loads the prompts when the host starts (an invalid file stops start-up with a
/// <see cref="PromptTemplateException"/> naming it) and reloads them when they change.
/// </summary>
internal sealed class PromptFunctionsStartup(PromptFunctions prompts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        prompts.Watch();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

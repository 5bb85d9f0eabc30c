using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Webhook;

/// <summary>
/// The <c>webhook</c> command: one replica, receiving updates at Webhook:Path on Webhook:Listen,
/// until Ctrl+C. The builder must already provide <c>IAnswerer</c> and <c>IArticleCatalog</c>.
/// </summary>
internal static class WebhookCommand
{
    /// <param name="preflight">Checks run on the built host before it listens (state usable, articles present); a non-null result is the exit code.</param>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextWriter error, Func<IHost, Task<int?>>? preflight, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(error);
        builder.Services.AddWebhook(builder.Configuration);
        using var host = builder.Build();
        try
        {
            if (preflight is not null && await preflight(host).ConfigureAwait(false) is { } code)
            {
                return code;
            }

            var processor = host.Services.GetRequiredService<WebhookUpdateProcessor>();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return processor.ExecuteTask?.IsFaulted == true ? Commands.ExitCodes.Error : 0;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", e.Failures)}").ConfigureAwait(false);
            return Commands.ExitCodes.Error;
        }
    }
}

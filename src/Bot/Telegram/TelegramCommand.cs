using Bot.Telegram.Hosting;
using Bot.Telegram.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>
/// The <c>telegram</c> command: the long-polling bot in the Generic Host until Ctrl+C. The
/// builder must already provide <c>IAnswerer</c> and <c>IArticleCatalog</c>.
/// </summary>
internal static class TelegramCommand
{
    /// <summary>Exit code for configuration that fails validation (the message names the key).</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>Exit code when the bot stopped on an error it cannot recover from (logged).</summary>
    public const int BotFailed = 1;

    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(error);
        builder.Services.AddTelegramBot(builder.Configuration);
        using var host = builder.Build();
        try
        {
            // RunAsync disposes the host, so the service is looked up before.
            var pollers = host.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().ToList();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);

            // The host stops when the bot fails (e.g. the token is rejected); say so in the exit code.
            return pollers.Any(s => s.ExecuteTask?.IsFaulted == true) ? BotFailed : 0;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"Invalid configuration: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return InvalidConfiguration;
        }
    }
}

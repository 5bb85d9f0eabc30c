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
    /// <summary>Exit code for configuration that fails validation (the message names the key): 1, as for every command; 2 is for usage errors.</summary>
    public const int InvalidConfiguration = Commands.ExitCodes.Error;

    /// <summary>Exit code when the bot stopped on an error it cannot recover from (logged).</summary>
    public const int BotFailed = 1;

    /// <param name="preflight">Checks run on the built host before polling starts (articles present); a non-null result is the exit code.</param>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextWriter error, Func<IHost, Task<int?>>? preflight, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(error);
        builder.Services.AddTelegramBot(builder.Configuration);
        using var host = builder.Build();
        try
        {
            if (preflight is not null && await preflight(host).ConfigureAwait(false) is { } code)
            {
                return code;
            }

            // RunAsync disposes the host, so the service is looked up before.
            var pollers = host.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().ToList();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);

            // The host stops when the bot fails (e.g. the token is rejected); say so in the exit code.
            return pollers.Any(s => s.ExecuteTask?.IsFaulted == true) ? BotFailed : 0;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", e.Failures)}").ConfigureAwait(false);
            return InvalidConfiguration;
        }
    }
}

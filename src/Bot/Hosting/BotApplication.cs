using Bot.Ai;
using Bot.Commands;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Prompts;
using Bot.Core.Search;
using Bot.Telegram;
using Bot.Telegram.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// The composition root: builds the host from the command line and configuration, then runs
/// the chosen command. Streams are parameters so tests drive the real program in process.
/// </summary>
public static class BotApplication
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var line = CommandLine.Parse(args);
        if (line.Flags.Contains("--help") || line.Command is "help" or "-h")
        {
            await output.WriteLineAsync(Usage.Text).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        try
        {
            var builder = CreateBuilder(line);
            var command = line.Command ?? (string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"]) ? "console" : "telegram");
            if (command == "telegram")
            {
                builder.Services.AddChannelDigest(builder.Configuration);
                builder.Services.AddDigestSchedule();
                builder.Services.AddHostedService<ArticleFolderWatcher>();
                return await TelegramCommand.RunAsync(builder, error, h => Preflight(h, error), cancellationToken).ConfigureAwait(false);
            }

            if (command == "digest")
            {
                builder.Services.AddChannelDigest(builder.Configuration);
            }

            using var host = builder.Build();
            return command switch
            {
                "ask" => await WithArticles(host, error, () => new AskCommand(host.Services.GetRequiredService<IAnswerer>(), output, error).RunAsync(line, cancellationToken)).ConfigureAwait(false),
                "console" => await WithArticles(host, error, () => new ConsoleCommand(host.Services.GetRequiredService<IAnswerer>(), host.Services.GetRequiredService<IArticleCatalog>(), input, output).RunAsync(cancellationToken)).ConfigureAwait(false),
                "digest" => await WithArticles(host, error, () => new DigestCommand(host.Services, output, error).RunAsync(line, cancellationToken)).ConfigureAwait(false),
                _ => await UnknownCommand(command, error).ConfigureAwait(false),
            };
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (PromptTemplateException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    private static HostApplicationBuilder CreateBuilder(CommandLine line)
    {
        var root = ContentRoot.Find();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            Args = [.. line.ConfigOverrides],
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Configuration.AddUserSecrets(typeof(BotApplication).Assembly, optional: true);

        // Overrides on the command line win over user secrets.
        builder.Configuration.AddCommandLine([.. line.ConfigOverrides]);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (line.Command is "ask" or "console")
        {
            // Interactive commands report skipped files on the error stream themselves.
            builder.Logging.AddFilter("Bot.Core.Articles", LogLevel.Error);
        }

        builder.Services.AddArticleBot(builder.Configuration);
        builder.Services.AddSingleton<IPassageRetriever>(sp => new CurrentPassageRetriever(
            () => sp.GetRequiredService<KnowledgeBaseProvider>().Current.Retriever));
        builder.Services.AddChatModel(builder.Configuration);
        return builder;
    }

    /// <summary>Loads the articles first so a missing or empty folder is reported once, clearly.</summary>
    private static async Task<int> WithArticles(IHost host, TextWriter error, Func<Task<int>> run)
        => await Preflight(host, error).ConfigureAwait(false) ?? await run().ConfigureAwait(false);

    /// <summary>The articles load (skipped files named); an exit code when there is nothing to answer from.</summary>
    private static async Task<int?> Preflight(IHost host, TextWriter error)
    {
        var provider = host.Services.GetRequiredService<KnowledgeBaseProvider>();
        try
        {
            var articles = provider.Current.Articles;
            foreach (var skipped in provider.Skipped)
            {
                await error.WriteLineAsync($"warning: skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
            }

            if (articles.Count == 0)
            {
                await error.WriteLineAsync($"error: no articles found in '{provider.Folder}'. Add .txt or .md files there, or set --Articles:Path=FOLDER.").ConfigureAwait(false);
                return ExitCodes.Error;
            }
        }
        catch (ArticleFolderNotFoundException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        return null;
    }

    private static async Task<int> UnknownCommand(string command, TextWriter error)
    {
        await error.WriteLineAsync($"error: unknown command '{command}'.").ConfigureAwait(false);
        await error.WriteLineAsync(Usage.Text).ConfigureAwait(false);
        return ExitCodes.Usage;
    }
}

using System.CommandLine;
using Bot.Ai;
using Bot.Commands;
using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Prompts;
using Bot.Corpus;
using Bot.Rendering;
using Bot.State;
using Bot.Telegram;
using Bot.Telegram.Digest;
using Bot.Webhook;
using Bot.Metrics;
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
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var cli = new BotCommandLine();
        var (arguments, overrides) = cli.SplitOverrides(args);
        var run = new CommandRun(cli, overrides, input, output, error);
        cli.Root.SetAction((p, ct) => run.RunAsync(p, null, ct));
        cli.Console.SetAction((p, ct) => run.RunAsync(p, "console", ct));
        cli.Ask.SetAction((p, ct) => run.RunAsync(p, "ask", ct));
        cli.Telegram.SetAction((p, ct) => run.RunAsync(p, "telegram", ct));
        cli.Webhook.SetAction((p, ct) => run.RunAsync(p, "webhook", ct));
        cli.Digest.SetAction((p, ct) => run.RunAsync(p, "digest", ct));
        cli.Import.SetAction((p, ct) => run.RunAsync(p, "import", ct));
        var parsed = cli.Parse(arguments);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync("error: " + problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync(BotCommandLine.UsageLine(parsed.CommandResult.Command)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Help and version are System.CommandLine's; our own errors are handled in the commands.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One run of a parsed command: builds the host with the overrides and runs the command in it.</summary>
    private sealed class CommandRun(BotCommandLine cli, IReadOnlyList<string> overrides, TextReader input, TextWriter output, TextWriter error)
    {
        public async Task<int> RunAsync(ParseResult parsed, string? chosen, CancellationToken cancellationToken)
        {
            try
            {
                var builder = CreateBuilder(overrides, chosen);
                var command = chosen ?? (string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"]) ? "console" : "telegram");
                if (command == "telegram")
                {
                    builder.Services.AddChannelDigest(builder.Configuration);
                    builder.Services.AddDigestSchedule();
                    builder.Services.AddHostedService<ArticleFolderWatcher>();
                    builder.Services.AddHostedService<ArticleTableWatcher>();
                    builder.Services.AddPollingMetrics(builder.Configuration);
                    return await TelegramCommand.RunAsync(builder, error, async h => await StatePreflight(h, error).ConfigureAwait(false) ?? await Preflight(h, error).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                }

                if (command == "webhook")
                {
                    builder.Services.AddChannelDigest(builder.Configuration);
                    builder.Services.AddDigestSchedule();
                    builder.Services.AddHostedService<ArticleFolderWatcher>();
                    builder.Services.AddHostedService<ArticleTableWatcher>();
                    return await WebhookCommand.RunAsync(builder, error, async h => await StatePreflight(h, error).ConfigureAwait(false) ?? await Preflight(h, error).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                }

                if (command == "import")
                {
                    return await RunImportAsync(builder, parsed.GetValue(cli.ImportFolder)!, parsed.GetValue(cli.Prune), cancellationToken).ConfigureAwait(false);
                }

                if (command == "digest")
                {
                    builder.Services.AddChannelDigest(builder.Configuration);
                }

                using var host = builder.Build();
                return command switch
                {
                    "ask" => await WithArticles(host, error, parsed.GetValue(cli.Json) ? null : TerminalView.For(output), () => new AskCommand(host.Services.GetRequiredService<IAnswerer>(), host.Services.GetRequiredService<IOptions<QuestionOptions>>().Value, output, error)
                        .RunAsync(parsed.GetValue(cli.Question) ?? [], parsed.GetValue(cli.Json), parsed.GetValue(cli.Batch), BotCommandLine.UsageLine(cli.Ask), cancellationToken)).ConfigureAwait(false),
                    "digest" => await WithArticles(host, error, null, () => new DigestCommand(host.Services, output, error).RunAsync(parsed.GetValue(cli.DryRun), cancellationToken)).ConfigureAwait(false),
                    _ => await WithArticles(host, error, TerminalView.For(output), () => new ConsoleCommand(host.Services.GetRequiredService<IAnswerer>(), host.Services.GetRequiredService<IArticleCatalog>(), host.Services.GetRequiredService<IOptions<QuestionOptions>>().Value, input, TerminalView.For(output)).RunAsync(cancellationToken)).ConfigureAwait(false),
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

        private async Task<int> RunImportAsync(HostApplicationBuilder builder, string folder, bool prune, CancellationToken cancellationToken)
        {
            if (StateServiceCollectionExtensions.ProviderOf(builder.Configuration) != StateProvider.Postgres)
            {
                await error.WriteLineAsync("error: import loads articles into the PostgreSQL state database: set --State:Provider=postgres and --State:ConnectionString=… (the replicas' database).").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            builder.Services.AddBotState(builder.Configuration);
            using var host = builder.Build();
            return await StatePreflight(host, error).ConfigureAwait(false)
                ?? await new ImportCommand(host.Services.GetRequiredService<Bot.State.Corpus.IArticleTable>(), output, error).RunAsync(folder, prune, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> overrides, string? command)
    {
        var root = ContentRoot.Find();
        var settings = new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            Args = [.. overrides],
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        };
        if (command is "ask" or "digest" or "import")
        {
            // One-shot commands never see a settings change: watching appsettings.json would put an
            // inotify watch on every folder under the content root at start-up, for nothing.
            // (A source, not the indexer: a manager without sources drops what is set on it.)
            settings.Configuration = new ConfigurationManager();
            settings.Configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        }

        var builder = Host.CreateApplicationBuilder(settings);
        builder.Configuration.AddUserSecrets(typeof(BotApplication).Assembly, optional: true);

        // Overrides on the command line win over user secrets.
        builder.Configuration.AddCommandLine([.. overrides]);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (command is "ask" or "console")
        {
            // Interactive commands report skipped files on the error stream themselves.
            builder.Logging.AddFilter("Bot.Core.Articles", LogLevel.Error);
        }

        builder.Services.AddArticleBot(builder.Configuration);
        builder.Services.AddChatModel(builder.Configuration);
        builder.Services.AddBudgets(builder.Configuration);
        return builder;
    }

    /// <summary>Loads the articles first so a missing or empty folder is reported once, clearly.</summary>
    /// <param name="view">Where a spinner shows while a large folder is indexed; null for none (JSON, digests).</param>
    private static async Task<int> WithArticles(IHost host, TextWriter error, ITerminalView? view, Func<Task<int>> run)
        => await Preflight(host, error, view).ConfigureAwait(false) ?? await run().ConfigureAwait(false);

    /// <summary>A state database that cannot be used stops the bot before it takes an update, with the file named.</summary>
    private static async Task<int?> StatePreflight(IHost host, TextWriter error)
    {
        if (host.Services.GetService<Bot.State.Health.IStateHealth>() is not { } state
            || await state.CheckAsync(CancellationToken.None).ConfigureAwait(false) is not { } problem)
        {
            return null;
        }

        await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
        return ExitCodes.Error;
    }

    /// <summary>The articles load (skipped files named); an exit code when there is nothing to answer from.</summary>
    private static async Task<int?> Preflight(IHost host, TextWriter error, ITerminalView? view = null)
    {
        var provider = host.Services.GetRequiredService<KnowledgeBaseProvider>();
        try
        {
            // A large folder takes a while: without the console's spinner, show progress on the
            // error stream (after a quiet second) and a closing line with counts and time.
            var progress = view is null ? new IndexProgressWriter(error, redraw: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected) : null;
            if (progress is not null && provider.Progress is null)
            {
                provider.Progress = progress;
            }

            var current = view is null ? provider.Current : view.WhileIndexing(() => provider.Current);
            progress?.Finish(current.Articles.Count, current.Passages.Count);
            if (progress is not null && ReferenceEquals(provider.Progress, progress))
            {
                // Reloads while the bot runs are reported by the log line alone.
                provider.Progress = null;
            }

            var articles = current.Articles;
            foreach (var skipped in provider.Skipped)
            {
                await error.WriteLineAsync($"warning: skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
            }

            if (provider.EmbeddingFallback is { } reason)
            {
                await error.WriteLineAsync($"warning: the embedding model could not embed the articles ({reason}); searching with the model-free vector index.").ConfigureAwait(false);
            }

            if (articles.Count == 0)
            {
                await error.WriteLineAsync($"error: no articles found in {provider.Source.Describe}. {provider.Source.EmptyHint}").ConfigureAwait(false);
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
}

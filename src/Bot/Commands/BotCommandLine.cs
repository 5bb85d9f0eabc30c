using System.CommandLine;

namespace Bot.Commands;

/// <summary>
/// The bot's commands and options, parsed by System.CommandLine (help, errors, suggestions).
/// <c>--Section:Key=Value</c> configuration overrides are taken out before parsing and go to the
/// host's configuration, so any key can be set without being declared here.
/// </summary>
internal sealed class BotCommandLine
{
    public BotCommandLine()
    {
        Ask.Add(Question);

        // System.CommandLine hands an unknown option to a free-form argument; a misspelt --json must not become part of the question.
        Ask.Validators.Add(result =>
        {
            if (result.GetResult(Question)?.Tokens.FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                result.AddError($"Unrecognized option '{unknown.Value}'.");
            }
        });
        Ask.Add(Json);
        Ask.Add(Batch);
        Digest.Add(DryRun);
        Import.Add(ImportFolder);
        Import.Add(Prune);
        Root = new RootCommand(
            "Article Bot answers questions about a folder of news articles, in English or Indonesian, and cites its sources. "
            + "Without a command it runs 'telegram' when Telegram:BotToken is set, else 'console'. "
            + "Configuration: appsettings.json, user secrets, environment variables (Telegram__BotToken), or --Key=Value (for example --Articles:Path=/some/folder).")
        {
            Console,
            Ask,
            Telegram,
            Webhook,
            Digest,
            Import,
        };
    }

    public RootCommand Root { get; }

    public Command Console { get; } = new("console", "Interactive chat in the terminal, the same answers as Telegram.");

    public Command Ask { get; } = new("ask", "Answer one question and exit, or one question per line of a batch file.");

    public Command Telegram { get; } = new("telegram", "Run the long-polling Telegram bot.");

    public Command Webhook { get; } = new("webhook", "Receive Telegram updates by webhook (Webhook:Listen, Webhook:Path); replicas share state in PostgreSQL.");

    public Command Digest { get; } = new("digest", "Post story summaries of new articles to Telegram:ChannelId, then exit.");

    public Command Import { get; } = new("import", "Load the article files under FOLDER into the PostgreSQL articles table (State:ConnectionString) that replicas with Articles:Source=postgres answer from.");

    public Argument<string> ImportFolder { get; } = new("folder") { Description = "The folder of .txt or .md articles (searched recursively); a row is keyed by the path relative to it." };

    public Option<bool> Prune { get; } = new("--prune") { Description = "Also delete the rows of files no longer in FOLDER." };

    public Argument<string[]> Question { get; } = new("question")
    {
        Description = "The question; several words are joined, so quotes are optional.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the answer contract: one JSON object per line." };

    public Option<string> Batch { get; } = new("--batch") { Description = "Answer every line of FILE (empty lines get an unanswered object).", HelpName = "FILE" };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print the stories and messages that would be posted; post and record nothing." };

    /// <summary>Parses the bot's own arguments; response files are off, so a question may start with '@'.</summary>
    public ParseResult Parse(IReadOnlyList<string> arguments) => Root.Parse(arguments, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>Splits <c>--Key=Value</c> configuration overrides (any <c>--</c> token with '=' that is not one of our options) from the rest.</summary>
    public (IReadOnlyList<string> Arguments, IReadOnlyList<string> Overrides) SplitOverrides(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var ours = new HashSet<string>(StringComparer.Ordinal) { Json.Name, Batch.Name, DryRun.Name, Prune.Name };
        var arguments = new List<string>();
        var overrides = new List<string>();
        var afterSeparator = false;
        foreach (var arg in args)
        {
            afterSeparator |= arg == "--";
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (!afterSeparator && arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 && !ours.Contains(arg[..equals]))
            {
                overrides.Add(arg);
            }
            else
            {
                arguments.Add(arg);
            }
        }

        return (arguments, overrides);
    }

    /// <summary>The line printed after a usage error, naming the command's help.</summary>
    public static string UsageLine(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command is RootCommand ? "Bot" : "Bot " + command.Name;
        return $"usage: {name}{(command is RootCommand ? " [command]" : string.Empty)} [options] [--Key=Value ...]; run '{name} --help' for more.";
    }
}

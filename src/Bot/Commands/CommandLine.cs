namespace Bot.Commands;

/// <summary>
/// The parsed command line: the command, its positional arguments and flags, and the
/// `--Key=Value` configuration overrides that go to the host's configuration.
/// </summary>
internal sealed record CommandLine(string? Command, IReadOnlyList<string> Positional, IReadOnlySet<string> Flags, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> ConfigOverrides)
{
    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal) { "--batch" };

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? command = null;
        var positional = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                overrides.Add(arg);
            }
            else if (ValueOptions.Contains(arg))
            {
                values[arg] = i + 1 < args.Count ? args[++i] : string.Empty;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                flags.Add(arg);
            }
            else if (command is null)
            {
                command = arg;
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new CommandLine(command, positional, flags, values, overrides);
    }
}

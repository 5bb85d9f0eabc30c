using System.Globalization;

namespace Bot.Bench;

/// <summary>The command and its <c>--name value</c> options; flags take no value.</summary>
internal sealed class BenchArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "allow-debug", "kill" };

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private BenchArguments(string command) => Command = command;

    public string Command { get; }

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            throw new FormatException("missing command");
        }

        var parsed = new BenchArguments(args[0]);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new FormatException($"unexpected argument '{args[i]}'");
            }

            var name = args[i][2..];
            if (Flags.Contains(name))
            {
                parsed._values[name] = "true";
            }
            else if (i + 1 < args.Count)
            {
                parsed._values[name] = args[++i];
            }
            else
            {
                throw new FormatException($"--{name} needs a value");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int? Integer(string name)
        => _values.TryGetValue(name, out var value)
            ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
                ? number
                : throw new FormatException($"--{name} needs a whole number, not '{value}'")
            : null;

    public IReadOnlyList<string>? List(string name)
        => _values.TryGetValue(name, out var value)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;

    /// <summary>Names given that no command reads, to refuse a typo rather than ignore it.</summary>
    public IEnumerable<string> UnknownAmong(IReadOnlyCollection<string> known) => _values.Keys.Where(k => !known.Contains(k));
}

using Spectre.Console;

namespace Bot.Rendering;

internal static class TerminalView
{
    /// <summary>
    /// Colour only for the process's own standard output on a terminal without NO_COLOR
    /// (https://no-color.org); anything else (a pipe, a file, a test's writer) gets plain text.
    /// </summary>
    public static ITerminalView For(TextWriter output)
        => For(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <param name="isTerminal">Whether <paramref name="output"/> is a terminal, not a pipe or file.</param>
    /// <param name="noColor">The NO_COLOR environment variable: any non-empty value turns colour off.</param>
    public static ITerminalView For(TextWriter output, bool isTerminal, string? noColor)
    {
        ArgumentNullException.ThrowIfNull(output);
        return isTerminal && string.IsNullOrEmpty(noColor) ? Rich(output) : new PlainTerminalView(output);
    }

    /// <summary>The coloured view over <paramref name="output"/>, whatever it is.</summary>
    public static ITerminalView Rich(TextWriter output) => new RichTerminalView(AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.Detect,
        Out = new AnsiConsoleOutput(output),
    }));
}

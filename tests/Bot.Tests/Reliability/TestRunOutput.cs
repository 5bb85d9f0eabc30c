using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bot.Tests.Reliability;

/// <summary>
/// Everything this test process saw the bot write: the console (where the real program's
/// console logger writes), every captured log line with its exception, the output and error
/// streams of every in-process run (the JSON of <c>ask --json</c> included), and unobserved task
/// exceptions. <see cref="SecretsTests"/> searches it for secrets after every other test ran.
/// </summary>
internal static class TestRunOutput
{
    private static readonly ConcurrentQueue<string> Pieces = new();
    private static long bytes;

    /// <summary>Runs when the test assembly loads, before any host is built, so every console logger writes through the tee.</summary>
    [ModuleInitializer]
    internal static void Install()
    {
        Console.SetOut(new Tee(Console.Out, "stdout"));
        Console.SetError(new Tee(Console.Error, "stderr"));
        TaskScheduler.UnobservedTaskException += (_, e) => Add("unobserved task exception", e.Exception.ToString());
    }

    public static long Bytes => Interlocked.Read(ref bytes);

    public static void Add(string source, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Pieces.Enqueue(source + ": " + text);
        Interlocked.Add(ref bytes, text.Length);
    }

    public static string All() => string.Join('\n', Pieces);

    /// <summary>Passes every write through to the real stream and keeps a copy.</summary>
    private sealed class Tee(TextWriter inner, string source) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            inner.Write(value);
            Add(source, value.ToString());
        }

        public override void Write(string? value)
        {
            inner.Write(value);
            Add(source, value);
        }

        public override void WriteLine(string? value)
        {
            inner.WriteLine(value);
            Add(source, value);
        }

        public override void Flush() => inner.Flush();
    }
}

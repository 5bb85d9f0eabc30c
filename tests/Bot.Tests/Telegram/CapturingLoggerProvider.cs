using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>Captures every log line at every level, including structured state, so tests can search it.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> logs = new();

    public IReadOnlyList<CapturedLog> Logs => [.. logs];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            logs.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception) + " {" + values + "}", exception?.ToString()));
            Reliability.TestRunOutput.Add(category, formatter(state, exception) + " {" + values + "} " + exception);
        }
    }
}

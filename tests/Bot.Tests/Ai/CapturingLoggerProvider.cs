using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Ai;

/// <summary>Collects every log entry of a host, for assertions on warnings and on what is never logged.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, EventId Id, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            provider.Entries.Enqueue((category, logLevel, eventId, formatter(state, exception)));
            Reliability.TestRunOutput.Add(category, formatter(state, exception) + " " + exception);
        }
    }
}

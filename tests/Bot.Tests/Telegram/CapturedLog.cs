using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>One log line as a sink would write it: category, level, message and the exception's full text.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string? Exception);

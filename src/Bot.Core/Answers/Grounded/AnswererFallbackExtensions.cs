using Bot.Core.Answering.Contracts;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answers.Grounded;

internal static class AnswererFallbackExtensions
{
    /// <summary>Answers with <paramref name="fallback"/> whenever <paramref name="primary"/> fails.</summary>
    public static IStreamingAnswerer UseFallback(this IAnswerer primary, IAnswerer fallback, ILogger logger)
        => new FallbackAnswerer(primary, fallback, logger);
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Core.ChatModels;

public static class FallbackChatClientBuilderExtensions
{
    /// <summary>
    /// Turns every fault of the model into <see cref="ChatModelUnavailableException"/>, the signal
    /// for answers, follow-ups and summaries to fall back to the extractive engine; warns once per outage.
    /// </summary>
    public static ChatClientBuilder UseFallback(this ChatClientBuilder builder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new FallbackChatClient(inner, logger));
    }
}

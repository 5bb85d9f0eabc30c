using Microsoft.Extensions.AI;

namespace Bot.Core.ChatModels;

public static class TimeoutChatClientBuilderExtensions
{
    /// <summary>Fails with <see cref="TimeoutException"/> when the model takes longer than <paramref name="timeout"/> (for a stream: between two pieces).</summary>
    public static ChatClientBuilder UseTimeout(this ChatClientBuilder builder, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new TimeoutChatClient(inner, timeout));
    }
}

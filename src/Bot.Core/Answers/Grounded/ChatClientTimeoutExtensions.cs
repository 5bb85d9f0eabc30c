using Microsoft.Extensions.AI;

namespace Bot.Core.Answers.Grounded;

internal static class ChatClientTimeoutExtensions
{
    /// <summary>Fails with <see cref="TimeoutException"/> when the model takes longer than <paramref name="timeout"/>.</summary>
    public static IChatClient UseTimeout(this IChatClient client, TimeSpan timeout) => new TimeoutChatClient(client, timeout);
}

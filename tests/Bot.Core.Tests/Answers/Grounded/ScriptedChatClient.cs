using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Bot.Core.Tests.Answers.Grounded;

/// <summary>A chat client whose reply is computed from the messages; it records every request.</summary>
internal sealed partial class ScriptedChatClient : IChatClient
{
    private readonly Func<IReadOnlyList<ChatMessage>, string> _reply;

    public ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, string> reply) => _reply = reply;

    public ScriptedChatClient(string reply)
        : this(_ => reply)
    {
    }

    public List<IReadOnlyList<ChatMessage>> Requests { get; } = [];

    public List<ChatOptions?> Options { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Requests.Add(list);
        Options.Add(options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, _reply(list))));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Requests.Add(list);
        Options.Add(options);
        foreach (Match piece in PiecePattern().Matches(_reply(list)))
        {
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, piece.Value);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    [GeneratedRegex(@"\s*\S+")]
    private static partial Regex PiecePattern();
}

namespace Bot.Core.Conversations;

/// <summary>
/// Conversation memory for one process: the last turns of the most recently active
/// conversations, capped in both directions.
/// </summary>
internal sealed class InMemoryConversationMemory : IConversationMemory
{
    private readonly int _turnsPerConversation;
    private readonly int _conversations;
    private readonly Dictionary<string, LinkedListNode<(string Id, List<ConversationTurn> Turns)>> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Id, List<ConversationTurn> Turns)> _recency = new();
    private readonly Lock _lock = new();

    public InMemoryConversationMemory(
        int turnsPerConversation = ConversationLimits.TurnsPerConversation,
        int conversations = ConversationLimits.Conversations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(turnsPerConversation, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(conversations, 1);
        _turnsPerConversation = turnsPerConversation;
        _conversations = conversations;
    }

    public Task<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(conversationId, out var node))
            {
                return Task.FromResult<IReadOnlyList<ConversationTurn>>([]);
            }

            var turns = node.Value.Turns;
            return Task.FromResult<IReadOnlyList<ConversationTurn>>(turns.Skip(Math.Max(0, turns.Count - maxTurns)).ToList());
        }
    }

    public Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(conversationId, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
            }
            else
            {
                node = _recency.AddFirst((conversationId, new List<ConversationTurn>()));
                _byId[conversationId] = node;
                while (_recency.Count > _conversations)
                {
                    _byId.Remove(_recency.Last!.Value.Id);
                    _recency.RemoveLast();
                }
            }

            var turns = node.Value.Turns;
            turns.Add(turn);
            if (turns.Count > _turnsPerConversation)
            {
                turns.RemoveRange(0, turns.Count - _turnsPerConversation);
            }
        }

        return Task.CompletedTask;
    }
}

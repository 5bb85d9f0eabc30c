using Bot.Core;
using Bot.State.Health;

namespace Bot.Endpoints;

/// <summary>/readyz: the index is built (articles to answer from), the state database answers, and the command's own check passes.</summary>
internal sealed class Readiness(IKnowledgeBaseSource knowledge, IStateHealth state, Func<bool>? started = null)
{
    /// <summary>Null when ready; otherwise what is missing.</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        if (started is not null && !started())
        {
            return "starting: the bot has not reached Telegram yet";
        }

        if (knowledge.Current.Passages.Count == 0)
        {
            return "no articles indexed";
        }

        return await state.CheckAsync(cancellationToken).ConfigureAwait(false) is { } problem ? "state: " + problem : null;
    }
}

using System.Runtime.CompilerServices;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Time;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

/// <summary>
/// Gives an answerer a memory: before answering, a follow-up is rewritten into a standalone
/// question from the conversation's recent turns; after answering, the turn is remembered.
/// Requests without a conversation id pass straight through. The answer's
/// <see cref="Answer.Question"/> is the standalone question, so a reader sees how the
/// follow-up was understood.
/// </summary>
internal sealed class ConversationalAnswerer : IStreamingAnswerer
{
    private readonly IAnswerer _inner;
    private readonly IConversationMemory _memory;
    private readonly IFollowUpRewriter _rewriter;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ConversationalAnswerer(IAnswerer inner, IConversationMemory memory, IFollowUpRewriter rewriter, TimeProvider time, ILogger logger)
    {
        _inner = inner;
        _memory = memory;
        _rewriter = rewriter;
        _time = time;
        _logger = logger;
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ConversationId is not { } conversation)
        {
            return await _inner.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var standalone = await StandaloneAsync(request, conversation, cancellationToken).ConfigureAwait(false);
        var answer = await _inner.AnswerAsync(standalone, cancellationToken).ConfigureAwait(false);
        await RememberAsync(request, conversation, standalone, answer, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    public async IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var conversation = request.ConversationId;
        var standalone = conversation is null ? request : await StandaloneAsync(request, conversation, cancellationToken).ConfigureAwait(false);
        await foreach (var update in _inner.AnswerStreamingAsync(standalone, cancellationToken).ConfigureAwait(false))
        {
            if (conversation is not null && update.Final is { } answer)
            {
                await RememberAsync(request, conversation, standalone, answer, cancellationToken).ConfigureAwait(false);
            }

            yield return update;
        }
    }

    private async Task<AnswerRequest> StandaloneAsync(AnswerRequest request, string conversation, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConversationTurn> history;
        try
        {
            history = await _memory.RecentAsync(conversation, ConversationLimits.FollowUpHistory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Memory that cannot be read (a full disk, a locked or broken state file) costs follow-ups, not the answer.
            Log.ConversationMemoryFailed(_logger, e.GetType().Name, e.Message);
            return request;
        }

        var rewrite = await _rewriter.RewriteAsync(request.Question, history, cancellationToken).ConfigureAwait(false);
        if (!rewrite.IsFollowUp)
        {
            return request;
        }

        ChatModelLog.FollowUpRewritten(_logger, request.Question, rewrite.Text);
        return request with { Question = rewrite.Text };
    }

    private async Task RememberAsync(AnswerRequest asked, string conversation, AnswerRequest standalone, Answer answer, CancellationToken cancellationToken)
    {
        var turn = new ConversationTurn(
            asked.Question,
            standalone.Question,
            answer.Text,
            answer.Answered,
            StatedDates.Read(answer.Text),
            answer.Citations.Select(c => c.Article).Distinct(StringComparer.Ordinal).ToList(),
            _time.GetUtcNow());
        try
        {
            await _memory.AppendAsync(conversation, turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The answer stands; only the next follow-up loses this turn.
            Log.ConversationMemoryFailed(_logger, e.GetType().Name, e.Message);
        }
    }
}

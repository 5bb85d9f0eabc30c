using System.Runtime.CompilerServices;
using Bot.Core.Answering.Contracts;

namespace Bot.Core.Answers.Grounded;

public static class StreamingAnswererExtensions
{
    /// <summary>
    /// Streams when the answerer can, else yields its one final answer, so callers need not
    /// know which kind they hold.
    /// </summary>
    public static async IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(
        this IAnswerer answerer,
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        if (answerer is IStreamingAnswerer streaming)
        {
            await foreach (var update in streaming.AnswerStreamingAsync(request, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        var answer = await answerer.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        yield return new AnswerUpdate(answer.Text, answer);
    }
}

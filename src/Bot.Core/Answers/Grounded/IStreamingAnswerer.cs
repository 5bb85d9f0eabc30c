using Bot.Core.Answering.Contracts;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// An answerer that can show its answer while it is being written: updates carry the text so
/// far, and the last update carries the final, verified <see cref="Answer"/> (whose text may
/// differ from the partial text: invalid citations removed, or the fallback answer).
/// </summary>
public interface IStreamingAnswerer : IAnswerer
{
    IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(AnswerRequest request, CancellationToken cancellationToken);
}

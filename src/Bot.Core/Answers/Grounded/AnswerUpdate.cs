using Bot.Core.Answering.Contracts;

namespace Bot.Core.Answers.Grounded;

/// <summary>One step of a streamed answer: the text so far, and on the last step the final answer.</summary>
public sealed record AnswerUpdate(string Text, Answer? Final)
{
    public bool IsFinal => Final is not null;
}

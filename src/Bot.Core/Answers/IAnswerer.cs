namespace Bot.Core.Answers;

public interface IAnswerer
{
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);
}

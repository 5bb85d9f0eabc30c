namespace Bot.Core.Answering.Contracts;

public interface IAnswerer
{
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);
}

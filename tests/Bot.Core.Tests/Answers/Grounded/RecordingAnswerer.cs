using Bot.Core.Answering.Contracts;

namespace Bot.Core.Tests.Answers.Grounded;

/// <summary>Stands in for the extractive answerer: answers every question the same way and records them.</summary>
internal sealed class RecordingAnswerer : IAnswerer
{
    public const string Engine = "extractive";

    private readonly Func<string, string> _text;

    public RecordingAnswerer(Func<string, string>? text = null) => _text = text ?? (q => "Extractive answer to: " + q);

    public List<string> Questions { get; } = [];

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Questions.Add(request.Question);
        var text = _text(request.Question);
        return Task.FromResult(new Answer(request.Question, true, "en", text, [], Engine, 1));
    }
}

using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Rendering;

namespace Bot.Commands;

/// <summary>`ask "QUESTION" [--json]` and `ask --json --batch FILE`.</summary>
internal sealed class AskCommand
{
    private readonly IAnswerer _answerer;
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    private readonly QuestionOptions _questions;

    public AskCommand(IAnswerer answerer, QuestionOptions questions, TextWriter output, TextWriter error)
    {
        _questions = questions;
        _answerer = answerer;
        _out = output;
        _error = error;
    }

    /// <param name="words">The question's words as given on the command line.</param>
    /// <param name="batch">A file of questions, one per line, instead of <paramref name="words"/>.</param>
    /// <param name="usage">The usage line printed after a usage error.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> words, bool json, string? batch, string usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (batch is not null)
        {
            return await RunBatchAsync(batch, json, cancellationToken).ConfigureAwait(false);
        }

        var question = string.Join(' ', words).Trim();
        if (question.Length == 0)
        {
            await _error.WriteLineAsync("error: ask needs a question, for example: ask \"When did Austin last call Shoigu?\"").ConfigureAwait(false);
            await _error.WriteLineAsync(usage).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (_questions.Refusal(question) is { } refusal)
        {
            await _error.WriteLineAsync($"error: {refusal}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var answer = await _answerer.AnswerAsync(new AnswerRequest(question), cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await _out.WriteLineAsync(AnswerJson.Serialize(answer)).ConfigureAwait(false);
        }
        else
        {
            await TerminalView.For(_out).WriteAnswerAsync(answer).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private async Task<int> RunBatchAsync(string path, bool json, CancellationToken cancellationToken)
    {
        if (path.Length == 0 || !File.Exists(path))
        {
            await _error.WriteLineAsync($"error: the batch file '{path}' does not exist.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        foreach (var raw in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            var question = raw.Trim();

            // One line in, one line out: an empty or refused line still gets its (unanswered) object.
            var refusal = question.Length == 0 ? "empty question" : _questions.Refusal(question);
            var answer = refusal is null
                ? await _answerer.AnswerAsync(new AnswerRequest(question), cancellationToken).ConfigureAwait(false)
                : new Answer(question, false, "en", refusal, [], "none", 0);
            await _out.WriteLineAsync(json ? AnswerJson.Serialize(answer) : PlainTextRenderer.Render(answer) + Environment.NewLine).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}

using Bot.Core.Answering.Contracts;
using Bot.Core;
using Bot.Core.Articles;
using Bot.Rendering;

namespace Bot.Commands;

/// <summary>Interactive chat in the terminal: the same answers as Telegram.</summary>
internal sealed class ConsoleCommand
{
    private const string Help = """
        Ask a question about the articles, in English or Indonesian, for example:
          When did Austin last call Shoigu?
          Kapan terakhir kali Austin menelepon Shoigu?
        Commands: /sources lists the articles, /help shows this, exit (or Ctrl+D) quits.
        """;

    private readonly IAnswerer _answerer;
    private readonly IArticleCatalog _catalog;
    private readonly TextReader _in;
    private readonly ITerminalView _view;
    private readonly QuestionOptions _questions;

    // Each console session is its own conversation: follow-ups refer to this session only.
    private readonly string _conversation = $"console:{Guid.NewGuid():N}";

    public ConsoleCommand(IAnswerer answerer, IArticleCatalog catalog, QuestionOptions questions, TextReader input, ITerminalView view)
    {
        _questions = questions;
        _answerer = answerer;
        _catalog = catalog;
        _in = input;
        _view = view;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await _view.WriteLineAsync($"Article Bot: {_catalog.Articles.Count} articles loaded. Type /help for help, exit to quit.").ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await _view.WritePromptAsync().ConfigureAwait(false);
            var line = await _in.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                await _view.WriteLineAsync(string.Empty).ConfigureAwait(false);
                break;
            }

            var input = line.Trim();
            if (input.Length == 0)
            {
                continue;
            }

            if (input is "exit" or "quit" or "/exit" or "/quit")
            {
                break;
            }

            if (input == "/sources")
            {
                await _view.WriteSourcesAsync(_catalog.Articles).ConfigureAwait(false);
            }
            else if (input is "/help" or "/start" || input.StartsWith('/') || _questions.Refusal(input) is not null)
            {
                await _view.WriteLineAsync(input switch
                {
                    "/help" or "/start" => Help,
                    _ when input.StartsWith('/') => $"Unknown command {input.Split(' ')[0]}. Type /help.",
                    _ => "Sorry, " + _questions.Refusal(input),
                }).ConfigureAwait(false);
            }
            else
            {
                await _view.WriteAnswerAsync(await _answerer.AnswerAsync(new AnswerRequest(input, _conversation), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }

            await _view.WriteLineAsync(string.Empty).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}

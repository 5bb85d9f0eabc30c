using Bot.Core.Answering.Contracts;
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
    private readonly TextWriter _out;

    // Each console session is its own conversation: follow-ups refer to this session only.
    private readonly string _conversation = $"console:{Guid.NewGuid():N}";

    public ConsoleCommand(IAnswerer answerer, IArticleCatalog catalog, TextReader input, TextWriter output)
    {
        _answerer = answerer;
        _catalog = catalog;
        _in = input;
        _out = output;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await _out.WriteLineAsync($"Article Bot: {_catalog.Articles.Count} articles loaded. Type /help for help, exit to quit.").ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await _out.WriteAsync("> ").ConfigureAwait(false);
            var line = await _in.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                await _out.WriteLineAsync().ConfigureAwait(false);
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

            var reply = input switch
            {
                "/help" or "/start" => Help,
                "/sources" => PlainTextRenderer.Sources(_catalog.Articles),
                _ when input.StartsWith('/') => $"Unknown command {input.Split(' ')[0]}. Type /help.",
                _ when QuestionLimits.Refusal(input) is { } refusal => "Sorry, " + refusal,
                _ => PlainTextRenderer.Render(await _answerer.AnswerAsync(new AnswerRequest(input, _conversation), cancellationToken).ConfigureAwait(false)),
            };
            await _out.WriteLineAsync(reply).ConfigureAwait(false);
            await _out.WriteLineAsync().ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}

using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;

namespace Bot.Rendering;

/// <summary>Plain text, byte for byte what scripts and pipes have always read.</summary>
internal sealed class PlainTerminalView(TextWriter output) : ITerminalView
{
    public Task WriteAnswerAsync(Answer answer) => output.WriteLineAsync(PlainTextRenderer.Render(answer));

    public Task WriteSourcesAsync(IReadOnlyList<Article> articles) => output.WriteLineAsync(PlainTextRenderer.Sources(articles));

    public Task WriteLineAsync(string text) => output.WriteLineAsync(text);

    public Task WritePromptAsync() => output.WriteAsync("> ");

    public T WhileIndexing<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work();
    }
}

using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;

namespace Bot.Rendering;

/// <summary>How the terminal commands show things: in colour on a terminal, as plain text when redirected or NO_COLOR is set.</summary>
internal interface ITerminalView
{
    Task WriteAnswerAsync(Answer answer);

    Task WriteSourcesAsync(IReadOnlyList<Article> articles);

    Task WriteLineAsync(string text);

    Task WritePromptAsync();

    /// <summary>Runs <paramref name="work"/> (loading and indexing the articles) while showing that it runs.</summary>
    T WhileIndexing<T>(Func<T> work);
}

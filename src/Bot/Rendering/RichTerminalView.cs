using Bot.Core;
using System.Text.RegularExpressions;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Spectre.Console;

namespace Bot.Rendering;

/// <summary>
/// Spectre.Console on a terminal: the answer in colour with its [n] markers highlighted, the
/// sources dimmed with outlet and date, a table for /sources, a spinner while articles are indexed.
/// </summary>
internal sealed partial class RichTerminalView(IAnsiConsole console) : ITerminalView
{
    public Task WriteAnswerAsync(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var colour = answer.Answered ? "bold" : "yellow";
        console.MarkupLine($"[{colour}]{Markers(answer.Text)}[/]");
        if (answer.Citations.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[dim bold]{(answer.Language == "id" ? "Sumber" : "Sources")}[/]");
            foreach (var c in answer.Citations)
            {
                var date = c.Published is null ? string.Empty : " · " + c.Published;
                console.MarkupLine($"[cyan][[{c.N}]][/] [dim]{Markup.Escape(c.Outlet ?? "outlet unknown")}{Markup.Escape(date)} — {Markup.Escape(c.Title)}[/]");
                console.MarkupLine($"    [dim italic]“{Markup.Escape(c.Quote)}”[/]");
            }
        }

        return Task.CompletedTask;
    }

    public Task WriteSourcesAsync(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            console.MarkupLine("[yellow]No articles are loaded.[/]");
            return Task.CompletedTask;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"{articles.Count} article{(articles.Count == 1 ? "" : "s")}");
        table.AddColumn("Outlet").AddColumn("Published").AddColumn("Title").AddColumn(new TableColumn("Id").NoWrap());
        foreach (var a in articles)
        {
            var date = a.Published is { } p ? (p.Stated ? p.ToString() : $"about {p}") : "date unknown";
            table.AddRow(Markup.Escape(a.Outlet ?? "unknown outlet"), Markup.Escape(date), Markup.Escape(a.Title), $"[dim]{Markup.Escape(a.Id)}[/]");
        }

        console.Write(table);
        return Task.CompletedTask;
    }

    public Task WriteLineAsync(string text)
    {
        console.WriteLine(text);
        return Task.CompletedTask;
    }

    public Task WritePromptAsync()
    {
        console.Markup("[green]>[/] ");
        return Task.CompletedTask;
    }

    public T WhileIndexing<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return console.Status().Spinner(Spinner.Known.Dots).Start("Loading and indexing the articles…", _ => work());
    }

    /// <summary>The escaped text with its [n] markers in colour.</summary>
    private static string Markers(string text) => EscapedMarker().Replace(Markup.Escape(text), "[cyan]$0[/]");

    [GeneratedRegex(@"\[\[\d+\]\]", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex EscapedMarker();
}

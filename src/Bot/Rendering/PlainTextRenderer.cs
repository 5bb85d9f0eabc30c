using System.Text;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;

namespace Bot.Rendering;

/// <summary>Renders answers and the article list as plain text for the terminal.</summary>
internal static class PlainTextRenderer
{
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.AppendLine().AppendLine();
            text.AppendLine(answer.Language == "id" ? "Sumber:" : "Sources:");
            foreach (var c in answer.Citations)
            {
                text.Append('[').Append(c.N).Append("] ").Append(c.Outlet ?? "outlet unknown").Append(" — ").Append(c.Title);
                if (c.Published is not null)
                {
                    text.Append(" (").Append(c.Published).Append(')');
                }

                text.AppendLine();
                text.Append("    “").Append(c.Quote).AppendLine("”");
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string Sources(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return "No articles are loaded.";
        }

        var text = new StringBuilder();
        text.Append(articles.Count).AppendLine(articles.Count == 1 ? " article:" : " articles:");
        foreach (var a in articles)
        {
            var date = a.Published is { } p ? (p.Stated ? p.ToString() : $"about {p}") : "date unknown";
            text.Append("- ").Append(a.Outlet ?? "unknown outlet").Append(", ").Append(date).Append(": ").Append(a.Title).Append(" [").Append(a.Id).AppendLine("]");
        }

        return text.ToString().TrimEnd();
    }
}

using System.Text;

namespace Bot.Bench.Reporting;

/// <summary>A GitHub-flavoured markdown table, built row by row.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        text.Append('|').AppendJoin('|', headers.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in _rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).AppendLine(" |");
        }

        return text.ToString();
    }
}

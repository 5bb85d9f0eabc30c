using System.Globalization;
using System.Text;
using Bot.Bench.Reporting;

namespace Bot.Bench.Summaries;

/// <summary>Renders the summaries report as markdown.</summary>
internal static class SummariesMarkdown
{
    public static string Render(SummariesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var single = report.SingleDocument;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Summaries: IndoSum {single.Part} part ({single.Articles} articles, one article a story; ROUGE F1 over lower-cased word tokens)");
        text.AppendLine();
        var table = new MarkdownTable("system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "sentences", "words");
        foreach (var s in single.Systems)
        {
            table.Add(s.System, F(s.Rouge1), F(s.Rouge2), F(s.RougeL), Figures.Number(s.Sentences, "0.0"), Figures.Number(s.Words, "0"));
        }

        text.AppendLine(table.ToString());
        var differences = new MarkdownTable("ours minus", "measure", "difference", "95% interval (paired bootstrap)");
        foreach (var d in single.Differences)
        {
            differences.Add(d.Peer, d.Measure, Signed(d.Difference), $"{Signed(d.Low)} … {Signed(d.High)}");
        }

        text.AppendLine(differences.ToString());
        return text.ToString();
    }

    private static string F(double value) => Figures.Number(value, "0.0000");

    private static string Signed(double value) => (value >= 0 ? "+" : "") + Figures.Number(value, "0.0000");
}

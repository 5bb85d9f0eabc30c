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
        foreach (var stories in report.Stories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## Multi-document stories: {stories.Corpus} ({stories.Groups} groups of {Figures.Number(stories.ArticlesPerGroup, "0.0")} articles from several outlets; {Figures.Number(stories.FactsPerGroup, "0.0")} facts stated by two outlets or more per group)");
            text.AppendLine();
            var facts = new MarkdownTable("system", "sentences", "facts covered", "share of the group's facts", "sentences repeating an earlier one", "sentences opening with a dateline");
            foreach (var s in stories.Systems)
            {
                facts.Add(s.System, Figures.Number(s.Sentences, "0.0"), Figures.Number(s.FactsCovered, "0.00"), Figures.Percent(s.FactRecall), Figures.Percent(s.RepeatedSentences), Figures.Percent(s.DatelineStarts));
            }

            text.AppendLine(facts.ToString());
            var ours = stories.Ours;
            text.AppendLine(CultureInfo.InvariantCulture, $"Ours: citations name {Figures.Percent(ours.CitationRecall)} of the articles that state a sentence's fact (precision {Figures.Percent(ours.CitationPrecision)}); {Figures.Percent(ours.SentencesCitingSeveral)} of sentences cite two articles or more; the first sentence gives the event day in {Figures.Percent(ours.OpeningGivesEventDay)} of the {ours.StoriesWithEventDay} stories with one; the product's own grouping keeps {Figures.Percent(ours.ProductGroupsAsOne)} of the groups as one story.");
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string F(double value) => Figures.Number(value, "0.0000");

    private static string Signed(double value) => (value >= 0 ? "+" : "") + Figures.Number(value, "0.0000");
}

using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Time;

namespace Bot.Core.Summaries;

/// <summary>
/// Checks a written summary sentence against an article it cites, in any language the sentence is
/// written in: every day, month or year it states must be a date the article mentions (as the
/// engine resolved it) or its publication date, and every other number must be in the article.
/// Names and words are not compared: the sentence may be a translation.
/// </summary>
internal sealed partial class CitedClaimCheck
{
    private readonly HashSet<DateOnly> days = [];
    private readonly HashSet<string> numbers = new(StringComparer.Ordinal);
    private readonly DateOnly reference;

    public CitedClaimCheck(KnowledgeBase knowledgeBase, Article article)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(article);
        var sentences = knowledgeBase.Sentences.TryGetValue(article.Id, out var s) ? s : [];
        foreach (var sentence in sentences)
        {
            days.UnionWith(sentence.Dates.Select(d => d.Date));
            numbers.UnionWith(Number().Matches(sentence.Text).Select(m => Digits(m.Value)));
        }

        if (article.Published is { } published)
        {
            days.Add(published.Date);
        }

        reference = article.Published?.Date ?? days.DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UtcNow)).Max();
    }

    public bool Supports(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = DateMentionFinder.Find(sentence, reference);
        foreach (var mention in mentions)
        {
            // "13 May" without its year means the 13 May the article speaks of, whichever year that is.
            var yearless = !Year().IsMatch(mention.Text);
            var stated = mention.Granularity switch
            {
                DateGranularity.Day when yearless => days.Any(d => d.Month == mention.Date.Month && d.Day == mention.Date.Day),
                DateGranularity.Day => days.Contains(mention.Date),
                DateGranularity.Month when yearless => days.Any(d => d.Month == mention.Date.Month),
                DateGranularity.Month => days.Any(d => d.Year == mention.Date.Year && d.Month == mention.Date.Month),
                _ => days.Any(d => d.Year == mention.Date.Year),
            };
            if (!stated)
            {
                return false;
            }
        }

        // Numbers outside the dates: amounts, counts, scores. "1.870" and "1,870" are the same digits.
        foreach (Match number in Number().Matches(sentence))
        {
            var inDate = mentions.Any(m => number.Index < m.Start + m.Length && m.Start < number.Index + number.Length);
            if (!inDate && !numbers.Contains(Digits(number.Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Year();
}

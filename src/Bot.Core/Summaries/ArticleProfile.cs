using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core.Summaries;

/// <summary>What story grouping compares of one article: its main event day, its names and its words.</summary>
internal sealed record ArticleProfile(Article Article, DateOnly? EventDate, IReadOnlySet<string> Entities, TermVector Terms, IReadOnlyList<ArticleSentence> Sentences)
{
    /// <summary>
    /// The day the article is mainly about: the day-precise date its sentences mention most,
    /// earlier sentences and days closer to publication weighing more (news leads state the event). Dates after publication are
    /// announcements of what is to come, not the event, and captions describe photos, so both are left out.
    /// </summary>
    public static DateOnly? MainEventDate(Article article, IReadOnlyList<ArticleSentence> sentences, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var votes = new Dictionary<DateOnly, double>();
        var position = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Kind is PassageKind.Caption or PassageKind.Metadata)
            {
                continue;
            }

            var weight = 1 + ((options.LeadDateWeight - 1) / (1 + position));
            position++;
            foreach (var mention in sentence.Dates)
            {
                if (mention.Granularity != Time.DateGranularity.Day
                    || (article.Published is { } published && mention.Date > published.Date))
                {
                    continue;
                }

                // News reports what just happened: of two dates in one lead, the recent one is the event.
                var daysBefore = article.Published is { } p ? p.Date.DayNumber - mention.Date.DayNumber : 0;
                var recency = 1 / (1 + (daysBefore / options.RecencyDays));
                votes[mention.Date] = votes.GetValueOrDefault(mention.Date) + (weight * recency);
            }
        }

        return votes.Count == 0
            ? null
            : votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
    }
}

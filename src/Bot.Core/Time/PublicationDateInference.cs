using Bot.Core.Articles;

namespace Bot.Core.Time;

/// <summary>
/// Guesses when an article without a date line was published from the dates in its text: the
/// latest full date (day, month and year) it reports, plus one day when the text calls it
/// "kemarin" ("pada Jumat (21/10/2022) kemarin" was written on 22 October 2022 or soon after).
/// </summary>
public static class PublicationDateInference
{
    public static PublicationDate? Infer(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        DateOnly? latest = null;
        string? evidence = null;
        var recent = false;
        foreach (var sentence in sentences)
        {
            foreach (var e in DateMentionFinder.Scan(sentence))
            {
                if (!e.IsFullDate || DateExpressionResolver.Resolve(e, sentence, null) is not { } mention)
                {
                    continue;
                }

                if (latest is null || mention.Date > latest || (mention.Date == latest && e.MarkedRecent && !recent))
                {
                    latest = mention.Date;
                    evidence = mention.Text;
                    recent = e.MarkedRecent;
                }
            }
        }

        if (latest is not { } date)
        {
            return null;
        }

        return recent
            ? new PublicationDate(date.AddDays(1), null, null, Stated: false,
                $"no date line; the text says '{evidence}', so it was published the day after {CalendarNames.Format(date)} or soon after")
            : new PublicationDate(date, null, null, Stated: false,
                $"no date line; the latest full date in the text is '{evidence}', so it was published on {CalendarNames.Format(date)} or later");
    }
}

using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>
/// Guesses when an article without a date line was published from the dates in its text: the
/// latest full date (day, month and year) it reports, plus one day when the text calls it
/// "kemarin" ("pada Jumat (21/10/2022) kemarin" was written on 22 October 2022 or soon after).
/// Dates in sentences about the future ("akan digelar 15 November 2022") count only when the
/// text has no other full date, since an announced event says little about when it was written.
/// </summary>
public static partial class PublicationDateInference
{
    public static InferredDate? Infer(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Candidate? reported = null;
        Candidate? announced = null;
        foreach (var sentence in sentences)
        {
            var future = FuturePattern().IsMatch(sentence);
            foreach (var e in DateMentionFinder.Scan(sentence))
            {
                if (!e.IsFullDate || DateExpressionResolver.Resolve(e, sentence, null) is not { } mention)
                {
                    continue;
                }

                var candidate = new Candidate(mention.Date, mention.Text, e.MarkedRecent);
                if (future)
                {
                    announced = Later(announced, candidate);
                }
                else
                {
                    reported = Later(reported, candidate);
                }
            }
        }

        if ((reported ?? announced) is not { } latest)
        {
            return null;
        }

        if (reported is null)
        {
            return new InferredDate(latest.Date,
                $"no date line; the only full date in the text is the announced '{latest.Text}', so it was published by {CalendarNames.Format(latest.Date)}");
        }

        return latest.Recent
            ? new InferredDate(latest.Date.AddDays(1),
                $"no date line; the text says '{latest.Text}', so it was published the day after {CalendarNames.Format(latest.Date)} or soon after")
            : new InferredDate(latest.Date,
                $"no date line; the latest full date in the text is '{latest.Text}', so it was published on {CalendarNames.Format(latest.Date)} or later");
    }

    /// <summary>The later candidate; on the same day the one marked "kemarin", which dates the writing more closely.</summary>
    private static Candidate Later(Candidate? current, Candidate next)
        => current is null || next.Date > current.Date || (next.Date == current.Date && next.Recent && !current.Recent) ? next : current;

    [GeneratedRegex(@"\b(?:akan|will|dijadwalkan|direncanakan|scheduled|mendatang|berikutnya)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FuturePattern();

    private sealed record Candidate(DateOnly Date, string Text, bool Recent);
}

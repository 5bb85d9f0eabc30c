namespace Bot.Core.Time;

/// <summary>
/// Finds date expressions in Indonesian and English text ("Jumat (21/10/2022)", "13 Mei",
/// "Sept. 12, 2022", "Mei lalu", "kemarin", "tahun lalu", "2019") and resolves each one against
/// a reference date. Article-wide evidence (anchors, other articles) is the job of
/// <see cref="CorpusDateResolver"/>; this class sees one text at a time.
/// </summary>
public static partial class DateMentionFinder
{
    /// <summary>The date mentions of a sentence, each resolved against <paramref name="reference"/>.</summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly reference)
        => Resolve(text, DateReference.Publication(reference));

    /// <summary>
    /// The dates a question asks about, resolved against <paramref name="reference"/> (for
    /// example the latest date in the corpus), with the parts the question leaves open.
    /// </summary>
    public static IReadOnlyList<DatePattern> FindPatterns(string question, DateOnly reference)
    {
        var expressions = Scan(question);
        if (expressions.Count == 0)
        {
            return [];
        }

        var basis = DateReference.Question(reference);
        var patterns = new List<DatePattern>(expressions.Count);
        foreach (var e in expressions)
        {
            var resolved = DateExpressionResolver.Resolve(e, question, basis);
            var text = question.Substring(e.Start, e.Length);
            patterns.Add(ToPattern(e, text, resolved));
        }

        return patterns;
    }

    internal static IReadOnlyList<DateMention> Resolve(string text, DateReference? reference)
    {
        var expressions = Scan(text);
        if (expressions.Count == 0)
        {
            return [];
        }

        var mentions = new List<DateMention>(expressions.Count);
        foreach (var e in expressions)
        {
            if (DateExpressionResolver.Resolve(e, text, reference) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>
    /// What a question leaves open stays open: a month or day-month without a year matches any
    /// year, a bare weekday any such weekday. Relative expressions ("last Friday", "tahun lalu")
    /// are fixed by their resolution.
    /// </summary>
    private static DatePattern ToPattern(DateExpression e, string text, DateMention? resolved)
    {
        var fixedDate = resolved?.Date;
        return e.Kind switch
        {
            DateExpressionKind.Calendar when e.Year is null && e.Shift == DateShift.None
                => new DatePattern(e.Start, e.Length, text, null, e.Month, e.Day, e.Weekday, resolved),
            // A weekday that contradicts a full date ("Jumat, 12 September 2022", a Monday) is dropped
            // as the resolution drops it; keeping it would ask for a day that cannot exist.
            DateExpressionKind.Calendar
                => new DatePattern(e.Start, e.Length, text, fixedDate?.Year ?? e.Year, e.Month, e.Day, fixedDate is { } day && e.Weekday != day.DayOfWeek ? null : e.Weekday, resolved),
            DateExpressionKind.Weekday when e.Shift == DateShift.None
                => new DatePattern(e.Start, e.Length, text, null, null, null, e.Weekday, resolved),
            DateExpressionKind.RelativeYears
                => new DatePattern(e.Start, e.Length, text, fixedDate?.Year, null, null, null, resolved),
            DateExpressionKind.RelativeMonths
                => new DatePattern(e.Start, e.Length, text, fixedDate?.Year, fixedDate?.Month, null, null, resolved),
            _ => new DatePattern(e.Start, e.Length, text, fixedDate?.Year, fixedDate?.Month, fixedDate?.Day, null, resolved),
        };
    }
}

namespace Bot.Core.Time;

/// <summary>
/// The date relative expressions are resolved against, with how it was chosen, e.g.
/// "publication date 14 May 2022" or "the article's anchor 21 October 2022". <see cref="Firm"/>
/// is true for a stated publication date: the year guesses it yields beat other articles' years.
/// </summary>
internal sealed record DateReference(DateOnly Date, string Label, bool Firm)
{
    /// <summary>The publication date this reference replaced, when the article was anchored elsewhere.</summary>
    public DateReference? Replaced { get; init; }

    public static DateReference Publication(DateOnly date) => new(date, "publication date " + CalendarNames.Format(date), Firm: true);

    public static DateReference Question(DateOnly date) => new(date, "reference date " + CalendarNames.Format(date), Firm: true);
}

using Bot.Core.Time;

namespace Bot.Core.Articles;

/// <summary>
/// When an article was published. <see cref="Stated"/> is false when the file carries no
/// date line and the date was inferred from the text (the evidence says from what).
/// </summary>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time, string? TimeZone, bool Stated, string Evidence)
{
    /// <summary>The date the article's own date line states.</summary>
    public static PublicationDate From(DateLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new PublicationDate(line.Date, line.Time, line.TimeZone, Stated: true, "date line '" + line.Line + "'");
    }

    /// <summary>A date inferred from the text of an article without a date line.</summary>
    public static PublicationDate From(InferredDate inferred)
    {
        ArgumentNullException.ThrowIfNull(inferred);
        return new PublicationDate(inferred.Date, null, null, Stated: false, inferred.Evidence);
    }

    public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

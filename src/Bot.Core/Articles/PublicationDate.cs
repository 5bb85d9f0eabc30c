namespace Bot.Core.Articles;

/// <summary>
/// When an article was published. <see cref="Stated"/> is false when the file carries no
/// date line and the date was inferred from the text (the evidence says from what).
/// </summary>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time, string? TimeZone, bool Stated, string Evidence)
{
    public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

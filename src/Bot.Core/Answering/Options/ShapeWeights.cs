namespace Bot.Core.Answering.Options;

/// <summary>
/// Hand-set factors that fit an answer to the shape its question asks for (section
/// <c>Answering:Shapes</c>): a who-question about a person wants a person, one about who said
/// something wants the speaker. They multiply a candidate's evidence score.
/// </summary>
public sealed record ShapeWeights
{
    /// <summary>For a question about who said something: the speaker the sentence reports ("…, kata Febri").</summary>
    public double Speaker { get; init; } = 1.3;

    /// <summary>For a who-question that is not about a country or an institution: a name that is a person's.</summary>
    public double Person { get; init; } = 1.0;

    /// <summary>For such a question: a country, place, acronym or institution ("AS", "KPK", "Republik").</summary>
    public double NotPerson { get; init; } = 0.5;

    /// <summary>A person whose title beside the name in the sentence is the role the question names ("putri Setya Novanto, Dwina").</summary>
    public double RoleMatch { get; init; } = 1.5;

    /// <summary>The problems of these weights, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate(string section)
    {
        var values = new[] { Speaker, Person, NotPerson, RoleMatch };
        return values.Any(v => v is < 0 or > 10 || double.IsNaN(v))
            ? [$"{section}:Shapes factors are between 0 and 10."]
            : [];
    }
}

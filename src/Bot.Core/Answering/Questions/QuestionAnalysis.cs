using Bot.Core.Language;

namespace Bot.Core.Answering.Questions;

/// <summary>
/// What the answerer needs to know about a question: its language and type, the named
/// entities it is about, any temporal order or date constraints, and the text that is left
/// to match against sentences once those are taken out.
/// </summary>
/// <param name="AsksForSpeaker">The question asks who said something, or who holds a role: a quoted speaker may be the answer.</param>
public sealed record QuestionAnalysis(
    string Question,
    TextLanguage Language,
    QuestionType Type,
    TemporalOrder Order,
    IReadOnlyList<string> Entities,
    int? Month,
    int? Year,
    string? SinceClause,
    string? BeforeClause,
    DateOnly? BeforeDate,
    string MatchText,
    bool AsksForSpeaker)
{
    /// <summary>The fact about an article itself (byline, editor, outlet, date, source) the question asks for, if any.</summary>
    public MetadataField Field { get; init; }

    /// <summary>The words of the name a "who is X?" question asks about ("Lloyd Austin"); null for other questions.</summary>
    public IReadOnlyList<string>? Subject { get; init; }

    /// <summary>The question speaks of an article ("the TribunWow article", "berita itu", a quoted headline).</summary>
    public bool NamesArticle { get; init; }

    /// <summary>A range of months the question confines events to ("between March and September 2022").</summary>
    public Time.MonthRange? Range { get; init; }
}

using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Summaries;

/// <summary>
/// What a sentence states, for telling facts apart: its content terms (stemmed, stop words left
/// out), the names and numbers it gives, and the days it mentions (resolved, so "Jumat (21/10)"
/// and "21 Oktober 2022" are one day).
/// </summary>
internal sealed class SentenceContent
{
    private SentenceContent(IReadOnlySet<string> terms, IReadOnlySet<string> names, IReadOnlySet<string> numbers, IReadOnlySet<DateOnly> days)
    {
        Terms = terms;
        Names = names;
        Numbers = numbers;
        Days = days;
    }

    public IReadOnlySet<string> Terms { get; }

    /// <summary>Capitalized words that do not open the sentence, and acronyms ("KPK", "AS").</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Numbers outside date mentions ("12 orang", "3-0"), as written.</summary>
    public IReadOnlySet<string> Numbers { get; }

    public IReadOnlySet<DateOnly> Days { get; }

    /// <summary>Names something: a name, a number or a day.</summary>
    public bool IsAnchored => Names.Count > 0 || Numbers.Count > 0 || Days.Count > 0;

    public static SentenceContent Of(string text, IReadOnlyList<DateMention> dates, TermAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(analyzer);
        // Mentions are found again in the text as cleaned (a stripped dateline may have held one).
        var spans = dates
            .Select(d => (Mention: d, Start: text.IndexOf(d.Text, StringComparison.Ordinal)))
            .Where(x => x.Start >= 0)
            .ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            // A token inside a date mention is the date, compared as a day below.
            var inDate = spans.Exists(x => token.Start < x.Start + x.Mention.Text.Length && x.Start < token.Start + token.Length);
            if (!inDate && token.Kind == TokenKind.Word && IsName(token.Text, first))
            {
                names.Add(token.Text);
            }
            else if (!inDate && token.Kind == TokenKind.Number)
            {
                numbers.Add(token.Text);
            }

            first = false;
        }

        var days = spans.Where(x => x.Mention.Granularity == DateGranularity.Day).Select(x => x.Mention.Date).ToHashSet();
        return new SentenceContent(analyzer.DocumentTerms(text).ToHashSet(StringComparer.Ordinal), names, numbers, days);
    }

    /// <summary>
    /// This sentence states what <paramref name="other"/> states: most of the other's content terms
    /// are here (<paramref name="overlap"/>), every number of it too, and the two do not name different days.
    /// </summary>
    public bool States(SentenceContent other, double overlap)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Terms.Count == 0)
        {
            return false;
        }

        var shared = other.Terms.Count(Terms.Contains);
        return shared >= overlap * other.Terms.Count
            && other.Numbers.All(Numbers.Contains)
            && (other.Days.Count == 0 || Days.Count == 0 || other.Days.Overlaps(Days));
    }

    /// <summary>One of the two states the other: a near-duplicate, kept once in a summary.</summary>
    public bool SameFact(SentenceContent other, double overlap) => States(other, overlap) || other.States(this, overlap);

    /// <summary>
    /// The convention both corpus languages share: a capitalized word that does not open its
    /// sentence, or an all-capital acronym of two letters or more; stop words are not names.
    /// </summary>
    private static bool IsName(string word, bool opensSentence)
    {
        if (TermAnalyzer.IsAcronym(word))
        {
            return true;
        }

        return !opensSentence && word.Length >= 3 && char.IsUpper(word[0])
            && !StopWords.IsStopWord(word.ToLowerInvariant(), TextLanguage.Unknown);
    }
}

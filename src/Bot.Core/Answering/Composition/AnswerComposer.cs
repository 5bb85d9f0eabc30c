using System.Text.RegularExpressions;
using System.Text;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Answering.Spans;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answering.Composition;

/// <summary>Writes the chosen answer in the question's language with [n] markers and builds its citations.</summary>
internal static partial class AnswerComposer
{
    public static Answer Compose(KnowledgeBase kb, QuestionAnalysis analysis, AnswerCandidate best, List<AnswerCandidate> support, string engine)
    {
        var citations = new List<Citation>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in new[] { best }.Concat(support))
        {
            var article = candidate.Evidence.Sentence.ArticleId;
            if (citations.Count >= AnswerConstants.MaxCitations || !cited.Add(article))
            {
                continue;
            }

            citations.Add(Cite(kb, citations.Count + 1, article, candidate.Evidence.Sentence.Text));
        }

        var markers = string.Concat(citations.Select(c => $"[{c.N}]"));
        var text = new StringBuilder();
        text.Append(WithoutMarkers(Statement(kb, analysis, best))).Append(' ').Append(markers).Append('.');
        if (analysis.Type == QuestionType.When && best.Date is { } date && NeedsReason(date))
        {
            // The resolver's asides name the years it ruled out; the answer states only the one it kept.
            var reason = AsidePattern().Replace(date.Reason, string.Empty);
            text.Append(' ').Append(WithoutMarkers(AnswerPhrases.DateReason(analysis.Language, date.Text, reason)));
        }

        return new Answer(analysis.Question, true, analysis.Language.ToCode(), text.ToString(), citations, engine, 0);
    }

    /// <summary>"Lloyd Austin is the US defence minister (Menteri Pertahanan AS) [1][2]": who a person is, cited where the articles say it.</summary>
    public static Answer ComposeIdentity(KnowledgeBase kb, QuestionAnalysis analysis, PersonTitle person, string engine)
    {
        var citations = new List<Citation>();
        var title = person.Written;
        foreach (var apposition in person.Support.DistinctBy(a => a.Sentence.ArticleId).Take(AnswerConstants.MaxCitations))
        {
            citations.Add(Cite(kb, citations.Count + 1, apposition.Sentence.ArticleId, apposition.Sentence.Text));
        }

        // The title as most often written, the name as most fully written.
        var written = title.GroupBy(a => a.Title, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        var name = title.Select(a => a.Name).OrderByDescending(n => n.Split(' ').Length).First();
        var markers = string.Concat(citations.Select(c => $"[{c.N}]"));
        var statement = AnswerPhrases.Identity(analysis.Language, name, written, analysis.Language == TextLanguage.English ? TitleGloss.English(written) : null);
        return new Answer(analysis.Question, true, analysis.Language.ToCode(), $"{WithoutMarkers(statement)} {markers}.", citations, engine, 0);
    }

    public static Citation Cite(KnowledgeBase kb, int n, string articleId, string quote)
    {
        var article = kb.Article(articleId);
        var trimmed = quote.Length <= AnswerConstants.MaxQuoteLength ? quote : quote[..AnswerConstants.MaxQuoteLength].TrimEnd() + "…";
        return new Citation(n, article.Id, article.Title, article.Outlet, article.Published?.ToString(), trimmed);
    }

    private static string Statement(KnowledgeBase kb, QuestionAnalysis analysis, AnswerCandidate best)
    {
        var language = analysis.Language;
        switch (analysis.Type)
        {
            case QuestionType.When:
                var date = best.Date!;
                var before = analysis.BeforeDate is not null || analysis.BeforeClause is not null;
                return AnswerPhrases.When(language, analysis.Order, DateText.Format(date.Date, date.Granularity, language), before, date.Granularity == DateGranularity.Day);
            case QuestionType.Who:
            case QuestionType.Where:
            case QuestionType.HowLong:
            case QuestionType.HowMuch:
                var value = best.Value;
                if (language == TextLanguage.English && EnglishGloss.TryGloss(value) is { } english && !english.Equals(value, StringComparison.Ordinal))
                {
                    return analysis.Type is QuestionType.Who or QuestionType.Where ? $"{Capitalize(english)} ({value})" : Capitalize(english);
                }

                return Capitalize(value);
            case QuestionType.YesNo:
                // The whole sentence is the evidence; a negation in it ("belum ada proposal", "tidak menemukan") answers no.
                var sentence = best.Evidence.Sentence.Text.TrimEnd('.');
                var no = NegationPattern().IsMatch(sentence);
                var verdict = (language, no) switch
                {
                    (TextLanguage.Indonesian, true) => "Tidak.",
                    (TextLanguage.Indonesian, false) => "Ya.",
                    (_, true) => "No.",
                    _ => "Yes.",
                };
                return verdict + " " + Reported(kb, language, best);
            default:
                return Reported(kb, language, best);
        }
    }

    /// <summary>The supporting sentence quoted whole, with who said it and where it was published when the article says.</summary>
    private static string Reported(KnowledgeBase kb, TextLanguage language, AnswerCandidate best)
    {
        var sentence = best.Evidence.Sentence;
        var text = SupportingText.Of(kb, sentence).TrimEnd('.');
        var speaker = Attribution.SpeakerOf(sentence.Text) ?? (text.Length > sentence.Text.Length ? Attribution.SpeakerOf(text) : null);
        var outlet = sentence.Index >= 0 ? kb.Article(sentence.ArticleId).Outlet : null;
        return AnswerPhrases.Reported(language, speaker, outlet, text);
    }

    /// <summary>
    /// Explain a date when the text did not state its year and a weekday decided it: the case
    /// where a reader checking the article's own date line would otherwise doubt the answer.
    /// </summary>
    private static bool NeedsReason(DateMention date)
        => !YearPattern().IsMatch(date.Text) && date.Reason.StartsWith("weekday", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Article text quoted in an answer keeps no "[7]" of its own (a footnote on the page, or a
    /// planted one): in an answer every [n] must be one of its citations.
    /// </summary>
    private static string WithoutMarkers(string statement) => ArticleMarkerPattern().Replace(statement, string.Empty);

    private static string Capitalize(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];

    [GeneratedRegex(@"\s*\([^)]*\)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AsidePattern();

    [GeneratedRegex(@"\s*\[\s*-?\d+(?:\s*[,;]\s*-?\d+)*\s*\]", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ArticleMarkerPattern();

    /// <summary>Negations and failure verbs, not "tidak hanya" / "not only", which add rather than deny.</summary>
    [GeneratedRegex(@"\b(tidak|tak|belum|bukan|tanpa|gagal|kalah|menolak|membantah|meremehkan|mangkir|batal|not|never|no|failed|refused|denied)\b(?!\s+(hanya|cuma|saja|lain|lama|only))", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NegationPattern();

    [GeneratedRegex(@"(19|20)\d{2}", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YearPattern();
}

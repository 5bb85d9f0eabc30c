using System.Globalization;
using Bot.Core.Answering.Composition;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;
using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answering.Metadata;

/// <summary>
/// Answers "who wrote / edited …", "which outlet …", "when was … published" and "what source …"
/// from the articles' own metadata, cited to the article. An article without the line asked for
/// gets "the article does not name its editor", never a name taken from its text.
/// </summary>
internal static class MetadataAnswerer
{
    /// <summary>The answer, or null when the question is not about an article's metadata after all.</summary>
    public static Answer? TryAnswer(KnowledgeBase kb, QuestionAnalysis analysis, EvidenceCollector collector, string engine)
    {
        if (analysis.Field == MetadataField.None)
        {
            return null;
        }

        // "Who wrote the letter?" is about the story; "who wrote the article / the TribunWow piece" is not.
        var outletNamed = OutletMentions.Find(kb, analysis.Question).Articles.Count > 0;
        if (!analysis.NamesArticle && !outletNamed && analysis.Field != MetadataField.Outlet)
        {
            return null;
        }

        var matches = ArticleFinder.Find(kb, analysis, collector);
        if (matches.Count == 0)
        {
            return null;
        }

        var language = analysis.Language == TextLanguage.Indonesian ? TextLanguage.Indonesian : TextLanguage.English;
        return analysis.Field == MetadataField.Outlet && matches.Count > 1
            ? Outlets(kb, analysis, language, matches, engine)
            : Fields(kb, analysis, language, matches, engine);
    }

    private static Answer Fields(KnowledgeBase kb, QuestionAnalysis analysis, TextLanguage language, IReadOnlyList<ArticleMatch> matches, string engine)
    {
        var stated = new List<string>();
        var missing = new List<string>();
        var citations = new List<Citation>();
        foreach (var article in matches.Select(m => m.Article))
        {
            var name = MetadataPhrases.Article(language, article.Title, analysis.Field == MetadataField.Outlet ? null : article.Outlet);
            var citation = AnswerComposer.Cite(kb, citations.Count + 1, article.Id, Quote(analysis.Field, article) ?? article.Title);
            citations.Add(citation);
            if (Value(analysis.Field, article, language) is { } value)
            {
                stated.Add($"{MetadataPhrases.Stated(language, analysis.Field, name, value)} [{citation.N}].");
            }
            else
            {
                missing.Add(MetadataPhrases.Missing(language, analysis.Field, name));
            }
        }

        var answered = stated.Count > 0;
        var text = string.Join(' ', stated.Concat(missing));
        return new Answer(analysis.Question, answered, analysis.Language.ToCode(), text, citations, engine, 0);
    }

    private static Answer Outlets(KnowledgeBase kb, QuestionAnalysis analysis, TextLanguage language, IReadOnlyList<ArticleMatch> matches, string engine)
    {
        var citations = new List<Citation>();
        var named = new List<string>();
        // Named outlets first; articles without one are mentioned last.
        foreach (var group in matches.GroupBy(m => m.Article.Outlet is { } o ? OutletName.Key(o) : string.Empty, StringComparer.Ordinal).OrderBy(g => g.Key.Length == 0))
        {
            var markers = new List<int>();
            foreach (var article in group.Select(m => m.Article))
            {
                var citation = AnswerComposer.Cite(kb, citations.Count + 1, article.Id, Quote(MetadataField.Outlet, article) ?? article.Title);
                citations.Add(citation);
                markers.Add(citation.N);
            }

            var outlet = group.First().Article.Outlet ?? MetadataPhrases.UnknownOutlet(language);
            named.Add(outlet + " " + string.Concat(markers.Select(n => $"[{n}]")));
        }

        var list = named.Count == 1 ? named[0] : string.Join(", ", named.Take(named.Count - 1)) + MetadataPhrases.And(language) + named[^1];
        var answered = matches.Any(m => m.Article.Outlet is not null);
        return new Answer(analysis.Question, answered, analysis.Language.ToCode(), MetadataPhrases.Several(language, list) + ".", citations, engine, 0);
    }

    private static string? Value(MetadataField field, Article article, TextLanguage language) => field switch
    {
        MetadataField.Author => Names(article.Authors, language),
        MetadataField.Editor => Names(article.Editors, language),
        MetadataField.Outlet => article.Outlet,
        MetadataField.WireSource => article.WireSource,
        MetadataField.Published => article.Published is not { } published ? null
            : published.Stated ? DateText.Format(published.Date, DateGranularity.Day, language)
            : MetadataPhrases.Inferred(language, DateText.DayMonthYear(published.Date, language)),
        _ => null,
    };

    /// <summary>The article's own line that states the field, as the citation quotes it.</summary>
    private static string? Quote(MetadataField field, Article article) => field switch
    {
        MetadataField.Author when article.Authors.Count > 0 => "Penulis: " + string.Join(", ", article.Authors),
        MetadataField.Editor when article.Editors.Count > 0 => "Editor: " + string.Join(", ", article.Editors),
        MetadataField.Outlet when article.Outlet is { } outlet => outlet + ": " + article.Title,
        MetadataField.WireSource when article.WireSource is { } wire => "Sumber: " + wire,
        MetadataField.Published when article.Published is { Stated: true } published => "Diterbitkan: " + DateText.DayMonthYear(published.Date, TextLanguage.Indonesian)
            + (published.Time is { } time ? " " + time.ToString("HH:mm", CultureInfo.InvariantCulture) + (published.TimeZone is { } zone ? " " + zone : string.Empty) : string.Empty),
        MetadataField.Published when article.Published is { } inferred => inferred.Evidence,
        _ => null,
    };

    private static string? Names(IReadOnlyList<string> names, TextLanguage language) => names.Count switch
    {
        0 => null,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + MetadataPhrases.And(language) + names[^1],
    };
}

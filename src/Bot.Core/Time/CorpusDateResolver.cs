using System.Globalization;

namespace Bot.Core.Time;

/// <summary>
/// Finds date mentions in every sentence and resolves them to days using each article's
/// publication date, stated weekdays and agreement across articles.
/// </summary>
/// <remarks>
/// Per article: the reference date is the stated publication date, else one inferred from the
/// text, else the latest publication date in the corpus; <see cref="ArticleDateAnchor"/> moves it
/// to the story's own time when weekdays prove the date line wrong. Across articles: a
/// yearless day-month whose year is only a guess takes the year other articles state
/// explicitly (or prove by weekday) for the same day and month.
/// </remarks>
public sealed class CorpusDateResolver
{
    /// <summary>Fewest articles for which scanning and resolving run on every core; below it, starting workers costs more than it saves.</summary>
    private const int ParallelMinimumArticles = 200;

    private readonly StringComparer _ids = StringComparer.Ordinal;

    public CorpusDates Resolve(IReadOnlyList<ArticleSentences> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // Scanning is per sentence and stateless: on a large corpus every core takes a share of the articles.
        var parallel = articles.Count >= ParallelMinimumArticles;
        var scanned = parallel
            ? articles.AsParallel().AsOrdered().Select(a => a.Sentences.Select(DateMentionFinder.Scan).ToList()).ToList()
            : articles.Select(a => a.Sentences.Select(DateMentionFinder.Scan).ToList()).ToList();
        var references = ChooseReferences(articles, scanned);

        // Each article resolves against its own reference only, so articles resolve in parallel too.
        var indexes = Enumerable.Range(0, articles.Count);
        var resolved = parallel
            ? indexes.AsParallel().AsOrdered().Select(a => ResolveArticle(articles[a], scanned[a], references[a])).ToList()
            : indexes.Select(a => ResolveArticle(articles[a], scanned[a], references[a])).ToList();

        ApplyAgreement(references, resolved);

        var map = new Dictionary<string, IReadOnlyList<IReadOnlyList<DateMention>>>(_ids);
        var referenceDates = new Dictionary<string, DateOnly>(_ids);
        for (var a = 0; a < articles.Count; a++)
        {
            map[articles[a].ArticleId] = resolved[a]
                .Select(s => (IReadOnlyList<DateMention>)(s.Count == 0 ? [] : s.Select(x => x.Mention).ToArray()))
                .ToArray();
            if (references[a] is { } reference)
            {
                referenceDates[articles[a].ArticleId] = reference.Date;
            }
        }

        return new CorpusDates(map, referenceDates);
    }

    private static List<List<(DateExpression Expression, DateMention Mention)>> ResolveArticle(ArticleSentences article, List<IReadOnlyList<DateExpression>> scanned, DateReference? reference)
    {
        var sentences = article.Sentences;
        var perSentence = new List<List<(DateExpression Expression, DateMention Mention)>>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var mentions = new List<(DateExpression, DateMention)>(scanned[s].Count);
            foreach (var e in scanned[s])
            {
                if (DateExpressionResolver.Resolve(e, sentences[s], reference) is { } mention)
                {
                    mentions.Add((e, mention));
                }
            }

            perSentence.Add(mentions);
        }

        ApplyWeekdayContext(perSentence);
        return perSentence;
    }

    private static List<DateReference?> ChooseReferences(IReadOnlyList<ArticleSentences> articles, List<List<IReadOnlyList<DateExpression>>> scanned)
    {
        var chosen = articles
            .Select((article, a) => OwnReference(article) is { } own ? ArticleDateAnchor.Choose(own, article.Sentences, scanned[a]) : null)
            .ToList();
        var known = chosen.Where(r => r is not null).Select(r => r!.Date).ToList();
        if (known.Count == 0)
        {
            return chosen;
        }

        var latest = known.Max();
        var fallback = new DateReference(latest, "the latest article date in the corpus " + CalendarNames.Format(latest), Firm: false);
        return chosen.Select(r => (DateReference?)(r ?? fallback)).ToList();
    }

    private static DateReference? OwnReference(ArticleSentences article)
    {
        if (article.Published is { } published)
        {
            return article.PublishedStated
                ? DateReference.Publication(published)
                : new DateReference(published, "inferred publication date " + CalendarNames.Format(published), Firm: false);
        }

        return PublicationDateInference.Infer(article.Sentences) is { } inferred
            ? new DateReference(inferred.Date, "inferred publication date " + CalendarNames.Format(inferred.Date), Firm: false)
            : null;
    }

    /// <summary>
    /// A bare weekday usually points back at a date the text has just named ("Ukraine, Monday,
    /// Sept. 12, 2022. Troops retook territory on Monday"), which can be weeks before the
    /// reference date: when a day-level date on that weekday was named earlier in the sentence or
    /// in the few sentences before it, the weekday is that date.
    /// </summary>
    private static void ApplyWeekdayContext(List<List<(DateExpression Expression, DateMention Mention)>> sentences)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < sentences[s].Count; i++)
            {
                var (e, mention) = sentences[s][i];
                if (e.Kind != DateExpressionKind.Weekday || e.Shift != DateShift.None
                    || NamedBefore(sentences, s, i, e.Weekday) is not { } named || named.Date == mention.Date)
                {
                    continue;
                }

                sentences[s][i] = (e, mention with
                {
                    Date = named.Date,
                    Reason = Invariant($"'{mention.Text}' = {CalendarNames.Format(named.Date)}, the {e.WeekdayName} named just before as '{named.Text}'"),
                });
            }
        }
    }

    private static DateMention? NamedBefore(List<List<(DateExpression Expression, DateMention Mention)>> sentences, int sentence, int index, DayOfWeek? weekday)
    {
        for (var s = sentence; s >= 0 && s >= sentence - DateRules.WeekdayContextSentences; s--)
        {
            var end = s == sentence ? index : sentences[s].Count;
            for (var i = end - 1; i >= 0; i--)
            {
                var (e, mention) = sentences[s][i];
                if (e.Kind == DateExpressionKind.Calendar && mention.Granularity == DateGranularity.Day && mention.Date.DayOfWeek == weekday)
                {
                    return mention;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Gives a yearless, weekday-less day-month the year other articles state for it when this
    /// article's own evidence is weak: its reference is not a stated publication date, or the
    /// day lies so far before the reference that "the most recent such day" is a guess.
    /// </summary>
    private static void ApplyAgreement(
        List<DateReference?> references,
        List<List<List<(DateExpression Expression, DateMention Mention)>>> resolved)
    {
        var stated = new Dictionary<(int Month, int Day), Dictionary<int, HashSet<int>>>();
        for (var a = 0; a < resolved.Count; a++)
        {
            foreach (var (e, mention) in resolved[a].SelectMany(s => s))
            {
                var proven = e.IsFullDate || (e.IsDayMonth && e.Weekday == mention.Date.DayOfWeek);
                if (proven)
                {
                    var byYear = stated.TryGetValue((mention.Date.Month, mention.Date.Day), out var found) ? found : stated[(mention.Date.Month, mention.Date.Day)] = [];
                    (byYear.TryGetValue(mention.Date.Year, out var ids) ? ids : byYear[mention.Date.Year] = []).Add(a);
                }
            }
        }

        for (var a = 0; a < resolved.Count; a++)
        {
            foreach (var sentence in resolved[a])
            {
                for (var i = 0; i < sentence.Count; i++)
                {
                    var (e, mention) = sentence[i];
                    if (!e.IsDayMonth || e.Weekday == mention.Date.DayOfWeek
                        || !stated.TryGetValue((mention.Date.Month, mention.Date.Day), out var byYear))
                    {
                        continue;
                    }

                    var others = byYear
                        .Select(kv => (Year: kv.Key, Count: kv.Value.Count - (kv.Value.Contains(a) ? 1 : 0)))
                        .Where(x => x.Count > 0)
                        .OrderByDescending(x => x.Count)
                        .ThenBy(x => Math.Abs(x.Year - mention.Date.Year))
                        .FirstOrDefault();
                    if (others.Count == 0)
                    {
                        continue;
                    }

                    sentence[i] = (e, Agree(mention, others.Year, others.Count, references[a]));
                }
            }
        }
    }

    private static DateMention Agree(DateMention mention, int year, int count, DateReference? reference)
    {
        var articlesWord = count == 1 ? "other article" : "other articles";
        if (year == mention.Date.Year)
        {
            return mention with { Reason = Invariant($"{mention.Reason}; year {year} agrees with {count} {articlesWord}") };
        }

        var weak = reference is null || !reference.Firm
            || reference.Date.DayNumber - mention.Date.DayNumber > DateRules.WeakYearGuessDays;
        if (!weak || mention.Date.Day > DateTime.DaysInMonth(year, mention.Date.Month))
        {
            return mention with { Reason = Invariant($"{mention.Reason}; {count} {articlesWord} say {year}, but the {reference?.Label} is firmer") };
        }

        return mention with
        {
            Date = new DateOnly(year, mention.Date.Month, mention.Date.Day),
            Reason = Invariant($"year {year} agrees with {count} {articlesWord} that state it; this article alone suggested {mention.Date.Year} ({mention.Reason})"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

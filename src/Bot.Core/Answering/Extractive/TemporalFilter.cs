using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Answering.Spans;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answering.Extractive;

/// <summary>
/// Applies a question's time constraints to date candidates, as one window of days: a range of
/// months, "since/after X" and "before X", where X is a date, a month or an event whose date is
/// itself resolved from the articles; and picks the latest or earliest of the relevant events for
/// last/first questions.
/// </summary>
internal sealed class TemporalFilter(KnowledgeBase kb, EvidenceCollector collector, AnswerOptions options)
{
    public List<AnswerCandidate> Apply(QuestionAnalysis analysis, List<AnswerCandidate> candidates)
    {
        var window = Window(analysis);
        return window.IsBounded ? candidates.Where(c => c.Date is { } d && window.Contains(d)).ToList() : candidates;
    }

    /// <summary>
    /// The days the question confines its events to: a range of months, and after a since-clause and
    /// before a before-clause, each a date or an event whose date the articles give. Strictly after
    /// and before: "since February" is not "24 February", "after the May call" is not "13 May".
    /// </summary>
    public DateWindow Window(QuestionAnalysis analysis)
    {
        var window = analysis.Range is { } range ? QuestionDates.Window(range, kb.LatestMentionedDate) : DateWindow.Unbounded;
        if (analysis.SinceClause is { } since && Span(since, analysis.Language) is { } after)
        {
            window = window.Intersect(after.Following);
        }

        var before = analysis.BeforeDate is { } day ? new DateWindow(day, day) : analysis.BeforeClause is { } clause ? Span(clause, analysis.Language) : null;
        if (before is not null)
        {
            window = window.Intersect(before.Preceding);
        }

        return window;
    }

    public static (string Key, AnswerCandidate Best, double Score, List<AnswerCandidate> Items) PickByOrder(
        List<(string Key, AnswerCandidate Best, double Score, List<AnswerCandidate> Items)> relevant,
        TemporalOrder order)
    {
        // Month first, then a stated day beats a bare month of the same month (it is the same event, told more precisely).
        var ordered = relevant.OrderBy(k => (k.Best.Date!.Date.Year * 12) + k.Best.Date.Date.Month)
            .ThenBy(k => k.Best.Date!.Granularity == DateGranularity.Day ? 1 : 0)
            .ThenBy(k => k.Best.Date!.Date.Day)
            .ToList();
        if (order == TemporalOrder.Last)
        {
            return ordered[^1];
        }

        var firstMonth = (ordered[0].Best.Date!.Date.Year * 12) + ordered[0].Best.Date!.Date.Month;
        var sameMonth = ordered.Where(k => (k.Best.Date!.Date.Year * 12) + k.Best.Date.Date.Month == firstMonth).ToList();
        return sameMonth.FirstOrDefault(k => k.Best.Date!.Granularity == DateGranularity.Day) is { Key: not null } day ? day : sameMonth[0];
    }

    /// <summary>The days a clause names: a date stated outright, a month, or the date the articles give the event it describes.</summary>
    private DateWindow? Span(string clause, TextLanguage language)
    {
        if (StatedDates.First(clause) is { } explicitDate)
        {
            return new DateWindow(explicitDate, explicitDate);
        }

        // "before October": the most recent such month up to the latest date the articles mention.
        if (QuestionDates.FirstMonth(clause) is ({ } month, var year) && QuestionDates.Window(month, year, kb.LatestMentionedDate) is { IsBounded: true } monthWindow)
        {
            return monthWindow;
        }

        var prefix = language == TextLanguage.Indonesian ? "Kapan " : "When did ";
        var sub = QuestionAnalyzer.Analyze(prefix + clause + "?");
        var groups = collector.Groups(sub);
        if (groups.Count == 0)
        {
            return null;
        }

        var hits = kb.Retriever.Retrieve(sub.MatchText, options.PassagesPerQuestion);
        var evidence = collector.Collect(sub, groups, hits).Where(e => e.Score >= (options.Scoring == AnswerScoring.Learned ? options.EvidenceFloor : options.Rules.AbstainBelow));
        var dated = DateCandidates.Find(evidence, sub, options);
        if (dated.Count == 0)
        {
            return null;
        }

        var best = dated.MaxBy(c => c.Score)!;

        // Prefer the precise day when one of similar weight dates the same month.
        var precise = dated.Where(c => c.Date!.Granularity == DateGranularity.Day && c.Date.Date.Month == best.Date!.Date.Month && c.Date.Date.Year == best.Date.Date.Year && c.Score >= best.Score * options.PreciseDateShare)
            .MaxBy(c => c.Score);
        return DateWindow.Of((precise ?? best).Date!);
    }
}

using System.Globalization;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Answering.Spans;
using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Core.Answering.Extractive;

/// <summary>
/// Answers "how many times …" by counting events: the distinct dates the evidence gives the event the
/// question describes, inside the question's window of days (<see cref="TemporalFilter"/>), each cited.
/// A month-only date ("Mei 2022 lalu") is the same event as a day of that month the articles state;
/// photo captions date the photo, not the story's events, and are not counted.
/// </summary>
internal sealed class EventCounter(TemporalFilter filter, AnswerOptions options)
{
    /// <summary>The count as one candidate whose <see cref="AnswerCandidate.Events"/> are the dated events; null when none is dated.</summary>
    public AnswerCandidate? Count(QuestionAnalysis analysis, IEnumerable<SentenceEvidence> evidence)
    {
        var floor = options.Scoring == AnswerScoring.Learned ? options.EvidenceFloor : options.Rules.AbstainBelow;
        var dated = filter.Apply(analysis, DateCandidates.Find(evidence.Where(e => e.Score >= floor && e.Sentence.Kind != PassageKind.Caption), analysis, options));
        // An event counts where the sentence dating it says it: the question's words in the date's own part of the sentence.
        dated = dated.Where(c => c.Evidence.MatchedTokenStarts.Count > 0 && DateCandidates.LocalShare(c.Evidence, c.Date!) > 0).ToList();
        var days = dated.Where(c => c.Date!.Granularity == DateGranularity.Day).ToList();
        var events = dated
            .Where(c => c.Date!.Granularity == DateGranularity.Day || !days.Any(d => SameMonth(d.Date!, c.Date!)))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Score)!)
            .OrderBy(c => c.Date!.Date)
            .ToList();
        if (events.Count == 0)
        {
            return null;
        }

        var best = events.MaxBy(c => c.Score)!;
        var count = events.Count.ToString(CultureInfo.InvariantCulture);
        return new AnswerCandidate(count, "count:" + count, best.Evidence, best.Score) { Events = events };
    }

    private static bool SameMonth(DateMention a, DateMention b) => a.Date.Year == b.Date.Year && a.Date.Month == b.Date.Month;
}

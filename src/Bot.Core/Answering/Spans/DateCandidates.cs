using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Time;

namespace Bot.Core.Answering.Spans;

/// <summary>Resolved dates in evidence sentences that can answer a "when" question.</summary>
internal static partial class DateCandidates
{
    public static List<AnswerCandidate> Find(IEnumerable<SentenceEvidence> evidence, QuestionAnalysis analysis, AnswerOptions options)
    {
        var candidates = new List<AnswerCandidate>();
        foreach (var e in evidence)
        {
            foreach (var mention in e.Sentence.Dates)
            {
                if (IsReferencePoint(e, mention) || mention.Granularity == DateGranularity.Year)
                {
                    continue;
                }

                if (analysis.Month is { } month && mention.Date.Month != month)
                {
                    continue;
                }

                if (analysis.Year is { } year && mention.Date.Year != year)
                {
                    continue;
                }

                var granularity = mention.Granularity == DateGranularity.Day ? 1.0 : options.MonthDateShare;
                var local = options.DateClauseBase + ((1 - options.DateClauseBase) * LocalShare(e, mention));
                var key = mention.Granularity == DateGranularity.Day
                    ? mention.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : mention.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                candidates.Add(new AnswerCandidate(key, key, e, e.Score * granularity * local, mention));
            }
        }

        return candidates;
    }

    /// <summary>
    /// "since 18 February", "sebelum 13 Mei", "sejak invasi Moskow dimulai pada 24 Februari": a date
    /// inside a since/before/after clause bounds the event the sentence is about rather than dates
    /// it, unless that clause is itself what the question asks about (it holds the question's words).
    /// </summary>
    private static bool IsReferencePoint(SentenceEvidence evidence, DateMention mention)
    {
        var text = evidence.Sentence.Text;
        var at = Math.Min(mention.Start, text.Length);
        var clauseStart = text.LastIndexOfAny(ClauseBreaks, Math.Max(0, at - 1)) + 1;
        var cue = ReferenceCue().Matches(text[clauseStart..at]) is { Count: > 0 } cues ? clauseStart + cues[^1].Index : -1;
        if (cue < 0)
        {
            return false;
        }

        var end = text.IndexOfAny(ClauseBreaks, Math.Min(text.Length, mention.Start + mention.Length));
        var clauseEnd = end < 0 ? text.Length : end;
        return !evidence.MatchedTokenStarts.Any(s => s > cue && s < clauseEnd && (s < mention.Start || s >= mention.Start + mention.Length));
    }

    /// <summary>
    /// The share of the sentence's matched question words that lie in the date's own part of it, the
    /// parts split at since/before/after: in "met on 13 May, the first time since the war broke out in
    /// February", a question about the war is answered by February, one about the meeting by 13 May.
    /// </summary>
    private static double LocalShare(SentenceEvidence evidence, DateMention mention)
    {
        if (evidence.MatchedTokenStarts.Count == 0)
        {
            return 1;
        }

        var text = evidence.Sentence.Text;
        var at = Math.Min(mention.Start, text.Length);
        var cues = ReferenceCue().Matches(text);
        var from = cues.Where(c => c.Index < at).Select(c => c.Index).DefaultIfEmpty(0).Max();
        var to = cues.Where(c => c.Index >= mention.Start + mention.Length).Select(c => c.Index).DefaultIfEmpty(text.Length).Min();
        return evidence.MatchedTokenStarts.Count(s => s >= from && s < to) / (double)evidence.MatchedTokenStarts.Count;
    }

    private static readonly char[] ClauseBreaks = [',', ';'];

    [GeneratedRegex(@"\b(sejak|semenjak|since|sebelum|before|setelah|sesudah|after|hingga|sampai|until)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ReferenceCue();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;
using Bot.Core.Time;

namespace Bot.Core.Answering.Spans;

/// <summary>Resolved dates in evidence sentences that can answer a "when" question.</summary>
internal static partial class DateCandidates
{
    public static List<AnswerCandidate> Find(IEnumerable<SentenceEvidence> evidence, QuestionAnalysis analysis)
    {
        var candidates = new List<AnswerCandidate>();
        foreach (var e in evidence)
        {
            foreach (var mention in e.Sentence.Dates)
            {
                if (IsReferencePoint(e.Sentence.Text, mention) || mention.Granularity == DateGranularity.Year)
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

                var granularity = mention.Granularity == DateGranularity.Day ? 1.0 : 0.8;
                var key = mention.Granularity == DateGranularity.Day
                    ? mention.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : mention.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                candidates.Add(new AnswerCandidate(key, key, e, e.Score * granularity, mention));
            }
        }

        return candidates;
    }

    /// <summary>
    /// "since 18 February", "sebelum 13 Mei": a date that bounds the event rather than dates it.
    /// </summary>
    private static bool IsReferencePoint(string sentence, DateMention mention)
    {
        var start = Math.Max(0, mention.Start - 24);
        var before = sentence[start..Math.Min(mention.Start, sentence.Length)];
        return ReferenceCue().IsMatch(before);
    }

    [GeneratedRegex(@"\b(sejak|semenjak|since|sebelum|before|setelah|sesudah|after|hingga|sampai|until)\s+(tanggal\s+|bulan\s+|hari\s+|the\s+|on\s+)?\(?$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ReferenceCue();
}

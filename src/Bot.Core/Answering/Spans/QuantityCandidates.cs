using System.Text.RegularExpressions;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;

namespace Bot.Core.Answering.Spans;

/// <summary>Amounts ("hampir US$ 17 miliar") and durations ("sekitar satu jam") in evidence sentences.</summary>
internal static partial class QuantityCandidates
{
    public static List<AnswerCandidate> Find(IEnumerable<SentenceEvidence> evidence, QuestionAnalysis analysis)
    {
        var pattern = analysis.Type == QuestionType.HowLong ? DurationPattern() : AmountPattern();
        var candidates = new List<AnswerCandidate>();
        foreach (var e in evidence)
        {
            foreach (Match m in pattern.Matches(e.Sentence.Text))
            {
                if (OverlapsDate(e, m) || AgoAfter().IsMatch(e.Sentence.Text[(m.Index + m.Length)..]))
                {
                    continue;
                }

                var value = m.Value.Trim().TrimEnd(',', '.');
                var distance = e.MatchedTokenStarts.Count == 0 ? 40 : e.MatchedTokenStarts.Min(s => Math.Abs(s - m.Index));
                var proximity = 1.0 / (1.0 + (distance / 60.0));
                var before = e.Sentence.Text[Math.Max(0, m.Index - 30)..m.Index];
                var cue = analysis.Type != QuestionType.HowLong ? 1.0
                    : DurationCue().IsMatch(before) ? 1.2
                    : SpanCue().IsMatch(before) ? 0.5
                    : 1.0;
                candidates.Add(new AnswerCandidate(value, Normalize(value), e, e.Score * proximity * cue));
            }
        }

        return candidates;
    }

    private static bool OverlapsDate(SentenceEvidence e, Match m)
        => e.Sentence.Dates.Any(d => d.Start < m.Index + m.Length && m.Index < d.Start + d.Length);

    /// <summary>Equal amounts group together regardless of hedges: "sekitar satu jam" = "selama satu jam".</summary>
    private static string Normalize(string value) => HedgePattern().Replace(value.ToLowerInvariant(), string.Empty).Trim();

    [GeneratedRegex(@"(?:\b(?:sekitar|selama|hampir|kurang lebih|lebih dari|kurang dari|about|around|nearly|almost|more than|less than|for|over)\s+)*(?:\b(?:\d+(?:[.,]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|setengah|beberapa|one|two|three|four|five|six|seven|eight|nine|ten|several|half an?|an?)\s+(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\bsejam\b|\bsehari\b|\bsemalam\b|\bsepekan\b|\bsebulan\b|\bsetahun\b)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?:\b(?:hampir|sekitar|lebih dari|kurang dari|sebanyak|sebesar|senilai|mencapai|total|nearly|about|around|over|more than|less than|almost)\s+)*(?:(?:US\$|USD|Rp\.?|\$|€|£|EUR|¥)\s?\d[\d.,]*(?:\s?(?:ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion|[MBKT]\b))?(?:\s*\((?:Rp|US\$|\$)[^)]{1,30}\))?|\b\d[\d.,]*\s?(?:ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion|persen|percent|%|orang|jiwa|unit|ton|kilometer|km|meter|dolar|dollars?|rupiah|people|troops|tentara|prajurit|warga|korban)\b(?:\s+(?:dolar|rupiah|dollars?|orang|jiwa))?|\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+\b)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AmountPattern();

    /// <summary>Words that introduce how long something lasted.</summary>
    [GeneratedRegex(@"\b(berlangsung|selama|lamanya|memakan waktu|lasted|lasting|for|took)\s+(\w+\s+)?$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DurationCue();

    /// <summary>"dalam beberapa bulan", "in months": a span of time something happened in, not a duration.</summary>
    [GeneratedRegex(@"\b(dalam|in|within|sejak|since|setelah|after)\s+$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpanCue();

    [GeneratedRegex(@"^\s*(lalu|yang lalu|silam|ago|kemudian|later)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AgoAfter();

    [GeneratedRegex(@"\b(sekitar|selama|hampir|kurang lebih|about|around|nearly|almost|for)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HedgePattern();
}

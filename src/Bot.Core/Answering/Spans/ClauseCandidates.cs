using System.Text.RegularExpressions;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Questions;

namespace Bot.Core.Answering.Spans;

/// <summary>
/// For "what", "why" and yes/no questions: the part of the best sentences that follows the
/// words the question matched (the object of its predicate), or the reason clause.
/// </summary>
internal static partial class ClauseCandidates
{
    /// <summary>A clause shorter than this many words says too little; the whole sentence is used.</summary>
    private const int MinClauseWords = 3;

    public static List<AnswerCandidate> Find(IEnumerable<SentenceEvidence> evidence, QuestionAnalysis analysis)
    {
        var candidates = new List<AnswerCandidate>();
        foreach (var e in evidence)
        {
            var text = e.Sentence.Text;
            var clause = analysis.Type == QuestionType.Why ? Reason(text) : AfterLastMatch(text, e.MatchedTokenStarts);
            if (clause is null || clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinClauseWords)
            {
                clause = text;
            }

            candidates.Add(new AnswerCandidate(clause, clause.ToLowerInvariant(), e, e.Score));
        }

        return candidates;
    }

    private static string? AfterLastMatch(string text, IReadOnlySet<int> matched)
    {
        if (matched.Count == 0)
        {
            return null;
        }

        var last = matched.Max();
        var wordEnd = last;
        while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] != ',')
        {
            wordEnd++;
        }

        var rest = text[wordEnd..];
        var end = ClauseEnd().Match(rest);
        var clause = (end.Success ? rest[..end.Index] : rest).Trim().Trim(',', '.', '"', '“', '”', ' ');
        return clause.Length == 0 ? null : clause;
    }

    private static string? Reason(string text)
    {
        var m = ReasonCue().Match(text);
        return m.Success ? text[m.Index..].Trim().TrimEnd('.') : null;
    }

    [GeneratedRegex(@"[.;!?]\s|[.;!?]$|,\s*(kata|ujar|said|says)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(karena|sebab|lantaran|akibat|agar|supaya|untuk|guna|demi|because|due to|in order to|so that)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ReasonCue();
}

using System.Globalization;
using System.Text;

namespace Bot.Bench.Peers;

/// <summary>
/// Turns a raw question into an FTS5 MATCH expression without any of our language knowledge:
/// the question is cut into runs of letters and digits (what the unicode61 tokenizer treats as
/// token characters), each run is lower-cased and double-quoted so FTS5 reads it as a plain
/// term (never as AND/OR/NOT/NEAR or a column filter), duplicates are dropped, and the terms are
/// joined with OR. No stop words, no stemming, no translation: "the raw question".
/// Example: <c>When did Austin's call end?</c> becomes <c>"when" OR "did" OR "austin" OR "s" OR "call" OR "end"</c>.
/// </summary>
internal static class Fts5Query
{
    /// <summary>The MATCH expression, or an empty string when the question has no term (it then matches nothing).</summary>
    public static string FromQuestion(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var rune in question.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(rune.ToString());
                continue;
            }

            Flush(current, terms, seen);
        }

        Flush(current, terms, seen);
        return string.Join(" OR ", terms.Select(t => "\"" + t + "\""));
    }

    private static void Flush(StringBuilder current, List<string> terms, HashSet<string> seen)
    {
        if (current.Length == 0)
        {
            return;
        }

        var term = current.ToString().ToLowerInvariant();
        current.Clear();
        if (seen.Add(term))
        {
            terms.Add(term);
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// Checks the [n] markers of a model's answer against the passages it was given: markers to
/// passages that were not given are removed, grouped markers ([1, 2]) are split, and the rest
/// are renumbered in order of first use so that citations read [1], [2]….
/// </summary>
internal static partial class CitationVerifier
{
    public static VerifiedAnswerText Verify(string answer, int passageCount)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var renumbered = new Dictionary<int, int>();
        var cited = new List<int>();
        var dropped = 0;
        var text = MarkerPattern().Replace(answer, match =>
        {
            var builder = new StringBuilder();
            var inGroup = new HashSet<int>();
            foreach (var part in match.Groups["numbers"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > passageCount)
                {
                    dropped++;
                    continue;
                }

                if (!renumbered.TryGetValue(n, out var number))
                {
                    cited.Add(n);
                    number = cited.Count;
                    renumbered[n] = number;
                }

                if (inGroup.Add(number))
                {
                    builder.Append('[').Append(number.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return builder.ToString();
        });

        return new VerifiedAnswerText(Tidy(text), cited, dropped);
    }

    /// <summary>Markers left where dropped ones stood: "said [3] ." → "said.", adjacent "[1][1]" → "[1]".</summary>
    private static string Tidy(string text)
    {
        var tidy = RepeatedMarkerPattern().Replace(text, "$1");
        tidy = SpaceBeforePunctuationPattern().Replace(tidy, "$1");
        tidy = DoubleSpacePattern().Replace(tidy, " ");
        return tidy.Trim();
    }

    [GeneratedRegex(@"\[\s*(?<numbers>\d+(?:\s*[,;]\s*\d+)*)\s*\]", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"(\[\d+\])(?:\s*\1)+", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RepeatedMarkerPattern();

    [GeneratedRegex(@"[ \t]+([.,;:!?])", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpaceBeforePunctuationPattern();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DoubleSpacePattern();
}

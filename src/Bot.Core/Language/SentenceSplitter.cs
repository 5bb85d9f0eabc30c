using System.Text.RegularExpressions;

namespace Bot.Core.Language;

/// <summary>
/// Splits a paragraph into sentences at terminal punctuation followed by a capital, a digit
/// or an opening quote, without splitting abbreviations such as "Sept." or "U.S.".
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "agt", "sep", "sept", "oct", "okt", "nov", "dec", "des",
        "mr", "mrs", "ms", "dr", "prof", "gen", "jend", "brig", "col", "lt", "sgt", "st", "no", "vs", "u.s", "u.k", "a.s",
        "h", "hj", "ir", "drs", "bpk", "sdr", "tn", "ny", "jl", "kol", "mayjen", "letjen", "brigjen", "kapt", "inc", "ltd", "co", "corp", "pt", "tbk", "cv",
    };

    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in BoundaryPattern().Matches(paragraph))
        {
            var end = m.Index + m.Groups["end"].Length;
            if (IsAbbreviation(paragraph, m.Index))
            {
                continue;
            }

            Add(sentences, paragraph[start..end]);
            start = m.Index + m.Length;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int dotIndex)
    {
        if (text[dotIndex] != '.')
        {
            return false;
        }

        var wordStart = dotIndex;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dotIndex];
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"(?<end>[.!?]+[""”’']?)\s+(?=[\p{Lu}\d""“‘'(])", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BoundaryPattern();
}

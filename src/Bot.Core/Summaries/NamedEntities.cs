using Bot.Core.Language;

namespace Bot.Core.Summaries;

/// <summary>
/// Proper names in running text, by the writing convention both corpus languages share: a
/// capitalized word that does not open its sentence. Crude but language-neutral; stop words and
/// all-capital outlet banners are left out.
/// </summary>
internal static class NamedEntities
{
    public static IReadOnlySet<string> In(IEnumerable<string> sentences)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var first = true;
            foreach (var token in Tokenizer.Tokenize(sentence))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var text = token.Text;
                if (!first && text.Length >= 3 && char.IsUpper(text[0]) && !IsAllCapitals(text)
                    && !StopWords.IsStopWord(text.ToLowerInvariant(), TextLanguage.Unknown))
                {
                    names.Add(text);
                }

                first = false;
            }
        }

        return names;
    }

    /// <summary>Shared names over all names of the smaller set: a short report about a long one still overlaps fully.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : (double)a.Count(b.Contains) / smaller;
    }

    private static bool IsAllCapitals(string text) => text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}

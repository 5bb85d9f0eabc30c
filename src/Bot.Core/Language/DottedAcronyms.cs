using System.Text;

namespace Bot.Core.Language;

/// <summary>
/// Joins dotted acronyms into one word ("U.S." → "US", "A.S." → "AS", "D.C." → "DC") so that
/// they become one token that can meet "US"/"AS" and their listed name variants.
/// </summary>
internal static class DottedAcronyms
{
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 1)
        {
            return text;
        }

        StringBuilder? collapsed = null;
        var copiedUpTo = 0;
        for (var i = dot - 1; i < text.Length - 2; i++)
        {
            if (!char.IsUpper(text[i]) || text[i + 1] != '.' || (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')))
            {
                continue;
            }

            var end = AcronymEnd(text, i, out var letters);
            if (letters.Length < 2)
            {
                continue;
            }

            collapsed ??= new StringBuilder(text.Length);
            collapsed.Append(text, copiedUpTo, i - copiedUpTo).Append(letters);
            copiedUpTo = end;
            i = end - 1;
        }

        return collapsed is null ? text : collapsed.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    /// <summary>End of the "X.Y." run at <paramref name="start"/> (final dot optional) and its letters.</summary>
    private static int AcronymEnd(string text, int start, out string letters)
    {
        var builder = new StringBuilder(4);
        var j = start;
        while (j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.')
        {
            builder.Append(text[j]);
            j += 2;
        }

        if (j < text.Length && char.IsUpper(text[j]) && (j + 1 == text.Length || !char.IsLetter(text[j + 1])))
        {
            builder.Append(text[j]);
            j++;
        }

        letters = j == text.Length || !char.IsLetter(text[j]) ? builder.ToString() : string.Empty;
        return j;
    }
}

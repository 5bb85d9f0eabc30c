using System.Globalization;

namespace Bot.Core.Articles;

/// <summary>
/// Whether a line carries a photo credit: "(Foto: ANTARA/Aprillio)" or "(Dok. Istimewa)." at its end,
/// "AP Photo" or "Reuters Photo" anywhere, "/ REUTERS/Evelyn Hockstein" at its end, or "Foto:" at its
/// start. Written as a scan rather than a pattern because the pattern's "[^)]*" then end of line
/// rescans the rest of the line from every "(Foto", which is quadratic on a long line, and the
/// non-backtracking engine that avoids that costs a tenth of a second to build at every start-up.
/// Each test below looks at every character a bounded number of times.
/// </summary>
internal static class CaptionCredit
{
    /// <summary>Words that open a parenthesised credit, each followed by a word boundary.</summary>
    private static readonly string[] ParenthesisedOpeners = ["foto", "photo", "ilustrasi", "dok", "doc", "istimewa", "reuters", "ap", "afp", "antara", "getty"];

    /// <summary>Agencies written before "Photo".</summary>
    private static readonly string[] PhotoAgencies = ["AP", "AFP", "Reuters", "ANTARA FOTO", "Getty Images"];

    /// <summary>Agencies that open a credit after the last slash.</summary>
    private static readonly string[] SlashedAgencies = ["REUTERS", "AFP", "AP", "ANTARA", "Getty"];

    /// <summary>Labels that open a credit line, before a colon.</summary>
    private static readonly string[] LineLabels = ["foto", "photo", "ilustrasi"];

    public static bool IsMatch(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return EndsWithParenthesisedCredit(line) || HasAgencyPhoto(line) || EndsWithSlashedCredit(line) || StartsWithLabel(line);
    }

    /// <summary>"(opener … )" closing the line, then only blanks and at most one full stop.</summary>
    private static bool EndsWithParenthesisedCredit(string line)
    {
        var end = line.Length;
        if (end > 0 && line[end - 1] == '.')
        {
            end--;
        }

        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (end == 0 || line[end - 1] != ')')
        {
            return false;
        }

        // The opening parenthesis lies after any earlier closing one: the credit holds no ')'.
        var close = end - 1;
        var from = close == 0 ? 0 : line.LastIndexOf(')', close - 1) + 1;
        for (var open = line.IndexOf('(', from, close - from); open >= 0; open = line.IndexOf('(', open + 1, close - open - 1))
        {
            if (StartsWithWord(line, open + 1, ParenthesisedOpeners))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An agency, blanks or none, then "Photo" as a word.</summary>
    private static bool HasAgencyPhoto(string line)
    {
        const string photo = "Photo";
        for (var at = line.IndexOf(photo, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(photo, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!BoundaryAt(line, at + photo.Length))
            {
                continue;
            }

            var end = at;
            while (end > 0 && char.IsWhiteSpace(line[end - 1]))
            {
                end--;
            }

            foreach (var agency in PhotoAgencies)
            {
                var start = end - agency.Length;
                if (start >= 0 && BoundaryAt(line, start) && line.AsSpan(start, agency.Length).Equals(agency, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The last slash, blanks, an agency, then no slash but one that only blanks follow.</summary>
    private static bool EndsWithSlashedCredit(string line)
    {
        var end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (end > 0 && line[end - 1] == '/')
        {
            end--;
        }

        var slash = end == 0 ? -1 : line.LastIndexOf('/', end - 1);
        if (slash < 0)
        {
            return false;
        }

        var start = slash + 1;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        return Array.Exists(SlashedAgencies, a => line.AsSpan(start).StartsWith(a, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Foto", "Photo" or "Ilustrasi", blanks or none, then a colon, opening the line.</summary>
    private static bool StartsWithLabel(string line)
    {
        foreach (var label in LineLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var at = label.Length;
                while (at < line.Length && char.IsWhiteSpace(line[at]))
                {
                    at++;
                }

                if (at < line.Length && line[at] == ':')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsWithWord(string line, int start, string[] words)
    {
        foreach (var word in words)
        {
            if (line.AsSpan(start).StartsWith(word, StringComparison.OrdinalIgnoreCase) && BoundaryAt(line, start + word.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word boundary at <paramref name="index"/> between word characters and others, as a pattern's \b sees it.</summary>
    private static bool BoundaryAt(string line, int index) =>
        (index > 0 && IsWordChar(line[index - 1])) != (index < line.Length && IsWordChar(line[index]));

    /// <summary>\w: letters, non-spacing marks, decimal digits, connector punctuation, and the zero-width joiners.</summary>
    private static bool IsWordChar(char c) => c is '\u200D' or '\u200C' || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}

using System.Globalization;

namespace Bot.Core.Language;

/// <summary>
/// An allocation-free scanner over text that finds the tokens <see cref="Tokenizer"/> returns:
/// a numeric date (d/m or d/m/yyyy, one or two digits per day and month, two to four for the
/// year), a number (digits with "." or "," groups), or a word (letters and marks, joined by an
/// apostrophe or hyphen). Everything else separates tokens.
/// </summary>
internal ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public TokenScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
    }

    public bool Next(out int start, out int length, out TokenKind kind)
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && !IsDigit(text[i]) && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            length = 0;
            kind = TokenKind.Word;
            _position = i;
            return false;
        }

        int end;
        if (IsDigit(text[i]))
        {
            end = DateEnd(text, i);
            kind = TokenKind.Date;
            if (end < 0)
            {
                end = NumberEnd(text, i);
                kind = TokenKind.Number;
            }
        }
        else
        {
            end = WordEnd(text, i);
            kind = TokenKind.Word;
        }

        length = end - start;
        _position = end;
        return true;
    }

    /// <summary>End of a d/m or d/m/y date starting at <paramref name="i"/>, or -1.</summary>
    private static int DateEnd(ReadOnlySpan<char> text, int i)
    {
        var day = DigitRun(text, i);
        if (day is 0 or > 2 || i + day >= text.Length || text[i + day] != '/')
        {
            return -1;
        }

        var monthStart = i + day + 1;
        var month = Math.Min(DigitRun(text, monthStart), 2);
        if (month == 0)
        {
            return -1;
        }

        var end = monthStart + month;
        if (end < text.Length && text[end] == '/')
        {
            var year = Math.Min(DigitRun(text, end + 1), 4);
            if (year >= 2)
            {
                end += 1 + year;
            }
        }

        return end;
    }

    private static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        var end = i + DigitRun(text, i);
        while (end + 1 < text.Length && text[end] is '.' or ',' && IsDigit(text[end + 1]))
        {
            end += 1 + DigitRun(text, end + 1);
        }

        return end;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (true)
        {
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] is '\'' or '’' or '-' && IsWordChar(text[end + 1]))
            {
                end++;
                continue;
            }

            return end;
        }
    }

    private static int DigitRun(ReadOnlySpan<char> text, int i)
    {
        var n = 0;
        while (i + n < text.Length && IsDigit(text[i + n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c > 127 && char.IsDigit(c));

    private static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetter(c))
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }
}

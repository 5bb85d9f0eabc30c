namespace Bot.Core.Time;

/// <summary>
/// Where the words a date expression must contain first occur in a text (-1 when absent): a
/// digit, a month name, a weekday, a relative unit ("tahun", "month") or a relative day
/// ("kemarin", "today"). One pass over the text; the scanner runs only the patterns these allow,
/// and each from just before its trigger, so most sentences cost one pass and no regex.
/// </summary>
internal readonly record struct DateTriggers(int Digit, int Month, int Weekday, int Unit, int DayWord)
{
    /// <summary>What each trigger word is: one lookup per word of the text.</summary>
    private static readonly Dictionary<string, TriggerKind> Words = BuildWords();

    private static readonly Dictionary<string, TriggerKind>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum TriggerKind
    {
        Month,
        Weekday,
        Unit,
        DayWord,
    }

    public bool Any => Digit >= 0 || Month >= 0 || Weekday >= 0 || Unit >= 0 || DayWord >= 0;

    public static DateTriggers Find(ReadOnlySpan<char> text)
    {
        int digit = -1, month = -1, weekday = -1, unit = -1, dayWord = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (digit < 0)
                {
                    digit = i;
                }

                i++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' or '`' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            if (word.Length is < 3 or > 11)
            {
                continue;
            }

            if (!WordLookup.TryGetValue(word, out var kind))
            {
                if (word.IndexOfAny('\'', '’', '`') < 0 || CalendarNames.Weekday(word) is null)
                {
                    continue;
                }

                kind = TriggerKind.Weekday;
            }

            switch (kind)
            {
                case TriggerKind.Month when month < 0:
                    month = start;
                    break;
                case TriggerKind.Weekday when weekday < 0:
                    weekday = start;
                    break;
                case TriggerKind.Unit when unit < 0:
                    unit = start;
                    break;
                case TriggerKind.DayWord when dayWord < 0:
                    dayWord = start;
                    break;
                default:
                    break;
            }
        }

        return new DateTriggers(digit, month, weekday, unit, dayWord);
    }

    /// <summary>A plain dictionary filled by a loop: a frozen one costs more at start-up than its lookups save.</summary>
    private static Dictionary<string, TriggerKind> BuildWords()
    {
        var words = new Dictionary<string, TriggerKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var month in CalendarNames.MonthNames)
        {
            words.Add(month, TriggerKind.Month);
        }

        foreach (var weekday in CalendarNames.WeekdayNames)
        {
            words.Add(weekday, TriggerKind.Weekday);
        }

        foreach (var unit in (string[])["tahun", "bulan", "hari", "year", "years", "month", "months", "day", "days", "setahun", "sebulan", "sehari"])
        {
            words.Add(unit, TriggerKind.Unit);
        }

        foreach (var dayWord in (string[])["kemarin", "yesterday", "today", "besok", "tomorrow", "lusa"])
        {
            words.Add(dayWord, TriggerKind.DayWord);
        }

        return words;
    }
}

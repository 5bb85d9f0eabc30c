using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>Scanning: every shape is matched, then the longest non-overlapping expressions win.</summary>
public static partial class DateMentionFinder
{
    /// <summary>
    /// True unless the text certainly holds no date: it has no digit and no month, weekday or
    /// relative-time word. Cheap enough to run on every passage.
    /// </summary>
    public static bool MayContainDate(ReadOnlySpan<char> text) => DateTriggers.Find(text).Any;

    /// <summary>The date expressions of a text, in order, before resolution.</summary>
    internal static IReadOnlyList<DateExpression> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = DateTriggers.Find(text);
        if (!t.Any)
        {
            return [];
        }

        var found = new List<DateExpression>();
        if (t.Digit >= 0)
        {
            if (t.Weekday >= 0)
            {
                AddNumeric(found, WeekdayNumericPattern(), text, t.Weekday);
            }

            AddNumeric(found, NumericDatePattern(), text, t.Digit);
            AddNumeric(found, NumericDayMonthPattern(), text, t.Digit);
            AddNumeric(found, IsoDatePattern(), text, t.Digit);
            AddYears(found, text, t.Digit);
        }

        if (t.Month >= 0)
        {
            if (t.Digit >= 0)
            {
                AddNamedMonth(found, DayMonthPattern(), text, Math.Min(t.Digit, Earliest(t.Weekday, t.Digit)));
                AddNamedMonth(found, MonthDayPattern(), text, Earliest(t.Weekday, t.Month));
            }

            AddMonths(found, text, t.Month);
        }

        if (t.Weekday >= 0)
        {
            AddWeekdays(found, text, t.Weekday);
        }

        if (t.Unit >= 0)
        {
            AddRelativeUnits(found, text, t.Unit);
        }

        if (t.DayWord >= 0)
        {
            AddRelativeDays(found, text, t.DayWord);
        }

        return found.Count == 0 ? [] : Select(found, text);
    }

    /// <summary>Where a pattern should start looking: far enough before its trigger for any prefix it allows.</summary>
    private static int From(int trigger) => Math.Max(0, trigger - DateRules.LongestPrefix);

    private static int Earliest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private static void AddNumeric(List<DateExpression> found, Regex pattern, string text, int trigger)
    {
        foreach (Match m in pattern.Matches(text, From(trigger)))
        {
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            if (!IsDayMonth(day, month))
            {
                continue;
            }

            if (!m.Groups["y"].Success && PageWords.Contains(PreviousWord(text, m.Index)))
            {
                // "Halaman (1/2)" is a page count, not the first of February.
                continue;
            }

            var weekday = m.Groups["wd"];
            found.Add(new DateExpression(m.Index, m.Length, DateExpressionKind.Calendar)
            {
                Day = day,
                Month = month,
                Year = ParseYear(m.Groups["y"]),
                Weekday = weekday.Success ? CalendarNames.Weekday(weekday.ValueSpan) : null,
                WeekdayName = weekday.Success ? weekday.Value : null,
            });
        }
    }

    private static void AddNamedMonth(List<DateExpression> found, Regex pattern, string text, int trigger)
    {
        foreach (Match m in pattern.Matches(text, From(trigger)))
        {
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = CalendarNames.Month(m.Groups["mon"].ValueSpan);
            if (!IsDayMonth(day, month))
            {
                continue;
            }

            var weekday = m.Groups["wd"];
            var post = m.Groups["post"];
            found.Add(new DateExpression(m.Index, m.Length, DateExpressionKind.Calendar)
            {
                Day = day,
                Month = month,
                Year = ParseYear(m.Groups["y"]),
                Weekday = weekday.Success ? CalendarNames.Weekday(weekday.ValueSpan) : null,
                WeekdayName = weekday.Success ? weekday.Value : null,
                Shift = post.Success ? DateShift.Last : DateShift.None,
                YearOffset = RelativeYearOffset(m.Groups["rely"]),
            });
        }
    }

    private static void AddMonths(List<DateExpression> found, string text, int trigger)
    {
        foreach (Match m in MonthPattern().Matches(text, From(trigger)))
        {
            var name = m.Groups["mon"];
            var month = CalendarNames.Month(name.ValueSpan);
            if (month == 0)
            {
                continue;
            }

            var part = m.Groups["part"];
            var shift = m.Groups["shift"];
            var post = m.Groups["post"];
            var year = m.Groups["y"];
            var marked = part.Success || shift.Success || post.Success || year.Success || m.Groups["bulan"].Success;
            if (!marked && IsAmbiguousMonthName(name.ValueSpan) && !MonthContextWords.Contains(PreviousWord(text, m.Index)))
            {
                continue;
            }

            found.Add(new DateExpression(m.Index, m.Length, DateExpressionKind.Calendar)
            {
                Month = month,
                Year = ParseYear(year),
                Part = part.Success ? ParsePart(part.ValueSpan) : MonthPart.Whole,
                Shift = ParseShift(shift.Success ? shift.ValueSpan : post.ValueSpan),
                YearOffset = RelativeYearOffset(m.Groups["rely"]),
            });
        }
    }

    private static void AddWeekdays(List<DateExpression> found, string text, int trigger)
    {
        foreach (Match m in WeekdayPattern().Matches(text, From(trigger)))
        {
            var name = m.Groups["wd"];
            var pre = m.Groups["pre"];
            var post = m.Groups["post"];
            var afterHari = pre.Success && pre.ValueSpan.Equals("hari", StringComparison.OrdinalIgnoreCase);
            if (name.ValueSpan.StartsWith("minggu", StringComparison.OrdinalIgnoreCase) && !afterHari
                && (char.IsLower(name.ValueSpan[0]) || post.Success))
            {
                // "minggu" is also "week": "beberapa minggu", "Minggu lalu" (last week).
                continue;
            }

            var shift = pre.Success && !afterHari ? ParseShift(pre.ValueSpan) : ParseShift(post.ValueSpan);
            found.Add(new DateExpression(m.Index, m.Length, DateExpressionKind.Weekday)
            {
                Weekday = CalendarNames.Weekday(name.ValueSpan),
                WeekdayName = name.Value,
                Shift = shift,
            });
        }
    }

    private static void AddRelativeUnits(List<DateExpression> found, string text, int trigger)
    {
        foreach (Match m in RelativeUnitPattern().Matches(text, From(trigger)))
        {
            var n = m.Groups["n"];
            if (!n.Success && VagueCountWords.Contains(PreviousWord(text, m.Index)))
            {
                continue;
            }

            var count = n.Success ? ParseCount(n.ValueSpan) : 1;
            var direction = DirectionSign(m.Groups["dir"].ValueSpan);
            if (count < 0 || (direction == 0 && n.Success))
            {
                continue;
            }

            AddRelative(found, m, m.Groups["unit"].ValueSpan, direction * count);
        }

        foreach (Match m in EnglishRelativeUnitPattern().Matches(text, From(trigger)))
        {
            AddRelative(found, m, m.Groups["unit"].ValueSpan, DirectionSign(m.Groups["dir"].ValueSpan));
        }
    }

    private static void AddRelative(List<DateExpression> found, Match m, ReadOnlySpan<char> unit, int amount)
    {
        var kind = unit.StartsWith("tahun", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("year", StringComparison.OrdinalIgnoreCase)
            ? DateExpressionKind.RelativeYears
            : unit.StartsWith("bulan", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("month", StringComparison.OrdinalIgnoreCase)
                ? DateExpressionKind.RelativeMonths
                : DateExpressionKind.RelativeDays;
        var limit = kind == DateExpressionKind.RelativeYears ? DateRules.MaxRelativeYears : DateRules.MaxRelativeDaysOrMonths;
        if (Math.Abs(amount) <= limit)
        {
            found.Add(new DateExpression(m.Index, m.Length, kind) { Amount = amount });
        }
    }

    private static void AddRelativeDays(List<DateExpression> found, string text, int trigger)
    {
        foreach (Match m in RelativeDayPattern().Matches(text, From(trigger)))
        {
            var word = m.Groups["word"].ValueSpan;
            if (char.IsUpper(word[0]) && PreviousWord(text, m.Index) is [var first, ..] && char.IsUpper(first))
            {
                // "Russia Today", "USA Today": a capitalised word after a name is part of the name.
                continue;
            }

            var amount = word.Equals("kemarin", StringComparison.OrdinalIgnoreCase) || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
                : word.Equals("lusa", StringComparison.OrdinalIgnoreCase) ? 2
                : word.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0
                : 1;
            found.Add(new DateExpression(m.Index, m.Length, DateExpressionKind.RelativeDays) { Amount = amount });
        }
    }

    private static void AddYears(List<DateExpression> found, string text, int trigger)
    {
        foreach (Match m in YearPattern().Matches(text, From(trigger)))
        {
            if (!m.Groups["pre"].Success
                && (QuantityWords.Contains(NextWord(text, m.Index + m.Length)) || AmountPrefixes.Contains(PreviousWord(text, m.Index))))
            {
                continue;
            }

            found.Add(new DateExpression(m.Index, m.Length, DateExpressionKind.Calendar) { Year = ParseYear(m.Groups["y"]) });
        }
    }

    /// <summary>
    /// Keeps the longest expressions that do not overlap, then folds a "kemarin" that directly
    /// follows a date into it: "Jumat (21/10/2022) kemarin" is one recent event, not yesterday.
    /// </summary>
    private static List<DateExpression> Select(List<DateExpression> found, string text)
    {
        found.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        // Kept expressions stay sorted by start and never overlap, so their ends are sorted too and a
        // candidate overlaps one of them exactly when it overlaps the last one starting before its
        // end: a binary search, not a scan of all kept (which was quadratic on a long text).
        var kept = new List<DateExpression>(found.Count);
        foreach (var candidate in found)
        {
            var after = LowerBound(kept, candidate.End);
            if (after == 0 || kept[after - 1].End <= candidate.Start)
            {
                kept.Insert(after, candidate);
            }
        }

        for (var i = kept.Count - 1; i > 0; i--)
        {
            var marker = kept[i];
            var date = kept[i - 1];
            if (marker.Kind == DateExpressionKind.RelativeDays && marker.Amount == -1 && marker.Length == "kemarin".Length
                && date.Kind is DateExpressionKind.Calendar or DateExpressionKind.Weekday
                && marker.Start - date.End <= DateRules.RecentMarkerGap
                && text.AsSpan(date.End, marker.Start - date.End).IsWhiteSpace()
                && text.AsSpan(marker.Start, marker.Length).Equals("kemarin", StringComparison.OrdinalIgnoreCase))
            {
                kept[i - 1] = date with { Length = marker.End - date.Start, MarkedRecent = true };
                kept.RemoveAt(i);
            }
        }

        return kept;
    }

    /// <summary>The index of the first expression in <paramref name="sorted"/> that starts at or after <paramref name="position"/>.</summary>
    private static int LowerBound(List<DateExpression> sorted, int position)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int? RelativeYearOffset(Group group) => group.Success ? DirectionSign(group.ValueSpan) : null;

    private static bool IsDayMonth(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;

    private static bool IsAmbiguousMonthName(ReadOnlySpan<char> name)
        => name.Equals("may", StringComparison.OrdinalIgnoreCase) || name.Equals("march", StringComparison.OrdinalIgnoreCase);

    private static int? ParseYear(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var year = int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);
        return group.Length == 2 ? (year <= DateRules.TwoDigitYearPivot ? 2000 + year : 1900 + year) : year;
    }

    private static MonthPart ParsePart(ReadOnlySpan<char> part)
    {
        if (part.StartsWith("awal", StringComparison.OrdinalIgnoreCase) || part.StartsWith("early", StringComparison.OrdinalIgnoreCase)
            || part.Contains("beginning", StringComparison.OrdinalIgnoreCase) || part.Contains("start", StringComparison.OrdinalIgnoreCase))
        {
            return MonthPart.Early;
        }

        return part.StartsWith("akhir", StringComparison.OrdinalIgnoreCase) || part.StartsWith("late", StringComparison.OrdinalIgnoreCase)
            || part.Contains("end", StringComparison.OrdinalIgnoreCase)
            ? MonthPart.Late
            : MonthPart.Middle;
    }

    private static DateShift ParseShift(ReadOnlySpan<char> marker)
    {
        if (marker.IsEmpty)
        {
            return DateShift.None;
        }

        return DirectionSign(marker) switch
        {
            < 0 => DateShift.Last,
            > 0 => DateShift.Next,
            _ => DateShift.This,
        };
    }

    /// <summary>-1 for past markers ("lalu", "last", "ago"), +1 for future ones, 0 for "ini"/"this".</summary>
    private static int DirectionSign(ReadOnlySpan<char> marker)
    {
        var lastSpace = marker.LastIndexOfAny(' ', '\t');
        if (lastSpace >= 0)
        {
            // "pekan depan" and "yang lalu" point where their last word does; "last week" and "next year" where their first does.
            var last = marker[(lastSpace + 1)..];
            marker = last.Equals("week", StringComparison.OrdinalIgnoreCase) || last.Equals("year", StringComparison.OrdinalIgnoreCase)
                ? marker[..marker.IndexOfAny(' ', '\t')]
                : last;
        }

        if (marker.Equals("ini", StringComparison.OrdinalIgnoreCase) || marker.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return marker.Equals("depan", StringComparison.OrdinalIgnoreCase) || marker.Equals("mendatang", StringComparison.OrdinalIgnoreCase)
            || marker.Equals("berikutnya", StringComparison.OrdinalIgnoreCase) || marker.Equals("next", StringComparison.OrdinalIgnoreCase)
            ? 1
            : -1;
    }

    private static int ParseCount(ReadOnlySpan<char> n)
    {
        if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Span<char> lower = stackalloc char[n.Length];
        n.ToLowerInvariant(lower);
        return lower switch
        {
            "se" or "satu" or "one" or "a" or "an" => 1,
            "dua" or "two" => 2,
            "tiga" or "three" => 3,
            "empat" or "four" => 4,
            "lima" or "five" => 5,
            "enam" or "six" => 6,
            "tujuh" or "seven" => 7,
            "delapan" or "eight" => 8,
            "sembilan" or "nine" => 9,
            "sepuluh" or "ten" => 10,
            _ => -1,
        };
    }

    private static string PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]) && text[begin - 1] != '(')
        {
            begin--;
        }

        return text[begin..end].TrimEnd('.', ',', '-');
    }

    private static string NextWord(string text, int end)
    {
        var begin = end;
        while (begin < text.Length && char.IsWhiteSpace(text[begin]))
        {
            begin++;
        }

        var stop = begin;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[begin..stop];
    }
}

using System.Text.RegularExpressions;

namespace Bot.Core.Time;

/// <summary>The date expression grammar, one source-generated regex per shape.</summary>
public static partial class DateMentionFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthFull = CalendarPatterns.MonthFull;

    private const string MonthAbbreviation = CalendarPatterns.MonthAbbreviation;

    /// <summary>A month name, or an abbreviation with an optional dot ("Sept.").</summary>
    private const string Month = @"(?<mon>(?:" + MonthFull + @")\b|(?:" + MonthAbbreviation + @")(?:\.|\b))";

    private const string Weekday = @"(?<wd>(?:" + CalendarPatterns.Weekday + @")\b)";

    private const string Year = @"(?<y>(?:19|20)\d{2})(?!\d)";

    private const string Recent = @"(?<post>lalu|silam|kemarin|ini|depan|mendatang|yang\s+lalu)";

    /// <summary>A year given relative to the reference after a month: "Oktober tahun lalu", "May last year".</summary>
    private const string RelativeYear = @"(?<rely>tahun\s+(?:lalu|ini|depan)|(?:last|this|next)\s+year)\b";

    /// <summary>"Jumat (21/10/2022)", "Jumat (13/5)", "Jum'at, 22/11/2024".</summary>
    [GeneratedRegex(@"\b" + Weekday + @"\s*,?\s*\(?\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}|\d{2}))?(?![\d/])(?:\s*\))?", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WeekdayNumericPattern();

    /// <summary>"21/10/2022", "21-10-2022", "21.10.2022".</summary>
    [GeneratedRegex(@"(?<![\d/.:,-])(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>" + Year + @"(?![/.-]\d)", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumericDatePattern();

    /// <summary>"(21/10)", "(21/10/22)", "tanggal 21/10", "(22-23/10)" (the first day of a range).</summary>
    [GeneratedRegex(@"(?:\(|\b(?:tanggal|tgl\.?)\s+)(?<d>\d{1,2})(?:[-–]\d{1,2})?/(?<m>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?![\d/])\)?", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumericDayMonthPattern();

    /// <summary>"2022-05-14".</summary>
    [GeneratedRegex(@"(?<![\d-])" + @"(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IsoDatePattern();

    /// <summary>"13 Mei", "18 Februari 2022", "Senin, 12 September 2022", "21st of October", "13 Mei lalu", "13-14 Mei 2022".</summary>
    [GeneratedRegex(@"\b(?:" + Weekday + @"\s*,?\s+)?(?:(?:tanggal|tgl\.?)\s+)?(?<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:\s*,?\s*" + Year + @")?(?:\s+" + RelativeYear + @"|\s+(?<post>lalu|silam|kemarin))?", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DayMonthPattern();

    /// <summary>"Sept. 12, 2022", "September 12", "May 13", "Monday, Sept. 12, 2022".</summary>
    [GeneratedRegex(@"\b(?:" + Weekday + @"\s*,?\s+)?" + Month + @"\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:]|[.,]\d)(?:\s*,?\s*" + Year + @"|\s+" + RelativeYear + @")?", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonthDayPattern();

    /// <summary>"bulan Mei", "Mei lalu", "pada Mei 2022", "akhir Februari", "mid-May", "last May", "Mar 2022".</summary>
    [GeneratedRegex(@"\b(?:(?<part>awal|akhir|pertengahan|medio|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+)?(?:(?<shift>last|this|next)\s+)?(?<bulan>bulan\s+)?(?<mon>(?:" + MonthFull + @")\b|(?:" + MonthAbbreviation + @")\.?(?=\s*,?\s*(?:19|20)\d{2}\b))(?:\s*,?\s*" + Year + @")?(?:\s+" + RelativeYear + @"|\s+" + Recent + @")?", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonthPattern();

    /// <summary>"Jumat", "hari Jumat", "Jumat lalu", "Sabtu pekan lalu", "last Friday", "next Monday".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>hari|last|this|next|previous)\s+)?" + Weekday + @"(?:\s+(?<post>(?:pekan|minggu)\s+(?:lalu|kemarin|depan)|(?:last|next)\s+week)\b|\s+" + Recent + @")?", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WeekdayPattern();

    /// <summary>"tahun lalu", "60 tahun lalu", "setahun lalu", "bulan depan", "hari ini", "two years ago".</summary>
    [GeneratedRegex(@"\b(?:(?<n>\d{1,4}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten|an?|se)\s*)?(?<unit>tahun|bulan|hari|years?|months?|days?)\s+(?<dir>lalu|silam|yang\s+lalu|ago|ini|depan|mendatang|berikutnya)\b", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeUnitPattern();

    /// <summary>"last year", "this month", "next year".</summary>
    [GeneratedRegex(@"\b(?<dir>last|this|next|previous)\s+(?<unit>year|month)\b", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex EnglishRelativeUnitPattern();

    /// <summary>"kemarin", "yesterday", "today", "besok", "tomorrow", "lusa".</summary>
    [GeneratedRegex(@"\b(?<word>kemarin|yesterday|today|besok|tomorrow|lusa)\b", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeDayPattern();

    /// <summary>"2019", "tahun 2019".</summary>
    [GeneratedRegex(@"(?<![\w$€£.,/:-])(?:(?<pre>tahun|year)\s+)?" + Year + @"(?![\w%]|[.,/:-]\d)", Options, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YearPattern();
}

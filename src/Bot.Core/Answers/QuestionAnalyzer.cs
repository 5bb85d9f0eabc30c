using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answers;

/// <summary>Reads the type, order, entities and date constraints out of a question.</summary>
public static partial class QuestionAnalyzer
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "when", "who", "whom", "whose", "where", "which", "why", "how", "did", "does", "do", "is", "are", "was", "were", "will", "can", "could", "would", "has", "have", "had",
        "apa", "apakah", "kapan", "siapa", "siapakah", "di", "mana", "mengapa", "kenapa", "bagaimana", "berapa", "bilamana", "dimana", "and", "dan", "lalu", "terus",
    };

    public static QuestionAnalysis Analyze(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        var language = LanguageDetector.Detect(text);
        var lower = text.ToLowerInvariant();
        var type = DetectType(lower);
        var order = DetectOrder(lower, type);
        var since = SincePattern().Match(text);
        var before = BeforePattern().Match(text);
        var beforeClause = before.Success ? before.Groups["clause"].Value.Trim() : null;
        var beforeDate = beforeClause is null ? null : ParseExplicitDate(beforeClause);
        if (beforeDate is not null && order == TemporalOrder.None && type == QuestionType.When)
        {
            // "When did X happen before 21 October?" asks for the latest such event before it.
            order = TemporalOrder.Last;
        }

        var (month, year) = beforeDate is null ? DetectMonth(text) : (null, null);
        var match = text;
        if (since.Success)
        {
            match = match.Remove(since.Index, since.Length);
        }
        else if (before.Success)
        {
            match = match.Remove(before.Index, before.Length);
        }

        return new QuestionAnalysis(
            text,
            language,
            type,
            order,
            Entities(match),
            month,
            year,
            since.Success ? since.Groups["clause"].Value.Trim() : null,
            beforeClause,
            beforeDate,
            match,
            SpeakerPattern().IsMatch(lower));
    }

    private static QuestionType DetectType(string lower)
    {
        if (HowLongPattern().IsMatch(lower))
        {
            return QuestionType.HowLong;
        }

        if (WhenPattern().IsMatch(lower))
        {
            return QuestionType.When;
        }

        if (HowMuchPattern().IsMatch(lower))
        {
            return QuestionType.HowMuch;
        }

        if (WherePattern().IsMatch(lower))
        {
            return QuestionType.Where;
        }

        if (WhoPattern().IsMatch(lower))
        {
            return QuestionType.Who;
        }

        if (WhyPattern().IsMatch(lower))
        {
            return QuestionType.Why;
        }

        if (YesNoPattern().IsMatch(lower))
        {
            return QuestionType.YesNo;
        }

        return QuestionType.What;
    }

    private static TemporalOrder DetectOrder(string lower, QuestionType type)
    {
        if (type == QuestionType.HowLong)
        {
            // "How long did the call last?": here "last" is the verb.
            return TemporalOrder.None;
        }

        if (LastPattern().IsMatch(lower))
        {
            return TemporalOrder.Last;
        }

        return FirstPattern().IsMatch(lower) ? TemporalOrder.First : TemporalOrder.None;
    }

    private static (int? Month, int? Year) DetectMonth(string text)
    {
        foreach (Match m in MonthWordPattern().Matches(text))
        {
            var word = m.Groups["month"].Value;

            // "may" is also an English modal verb; only a capitalized May is the month.
            if (word.Equals("may", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(word[0]))
            {
                continue;
            }

            if (MonthNames.TryParse(word, out var month))
            {
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                return (month, year);
            }
        }

        return (null, null);
    }

    /// <summary>A fully stated date in a clause: "21 October 2022", "October 21, 2022", "2022-10-21", "21/10/2022".</summary>
    public static DateOnly? ParseExplicitDate(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var iso = IsoDatePattern().Match(clause);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        var numeric = NumericDatePattern().Match(clause);
        if (numeric.Success)
        {
            return Make(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value);
        }

        var dmy = DayMonthYearPattern().Match(clause);
        if (dmy.Success && MonthNames.TryParse(dmy.Groups["month"].Value, out var m1))
        {
            return Make(dmy.Groups["y"].Value, m1.ToString(CultureInfo.InvariantCulture), dmy.Groups["d"].Value);
        }

        var mdy = MonthDayYearPattern().Match(clause);
        if (mdy.Success && MonthNames.TryParse(mdy.Groups["month"].Value, out var m2))
        {
            return Make(mdy.Groups["y"].Value, m2.ToString(CultureInfo.InvariantCulture), mdy.Groups["d"].Value);
        }

        return null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var dd = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, dd) : null;
    }

    /// <summary>Capitalized words and acronyms that are not question words, month names or the first word.</summary>
    private static List<string> Entities(string text)
    {
        var entities = new List<string>();
        var tokens = Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.TrimEnd('\'', '’').Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal);
            if (word.Length < 2 || !char.IsUpper(word[0]) || QuestionWords.Contains(word) || MonthNames.TryParse(word, out _))
            {
                continue;
            }

            if (i == 0 && !word.Skip(1).Any(char.IsUpper))
            {
                continue;
            }

            entities.Add(word);
        }

        return entities.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"\b(how long|berapa lama|berapa jam|berapa hari|berapa menit|berapa tahun lamanya|for how long)\b")]
    private static partial Regex HowLongPattern();

    [GeneratedRegex(@"^\s*(when|kapan|kapankah|bilamana)\b|\b(what date|what day|which day|what year|which year|tanggal berapa|hari apa|tahun berapa|pada tanggal berapa|sejak kapan|when)\b")]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"\b(how much|how many|berapa|berapakah|jumlah|total)\b")]
    private static partial Regex HowMuchPattern();

    [GeneratedRegex(@"\b(where|di mana|dimana|ke mana|kemana|dari mana|di manakah|in which (city|country|place)|at which|lokasi)\b")]
    private static partial Regex WherePattern();

    [GeneratedRegex(@"\b(who|whom|whose|siapa|siapakah)\b|^\s*(which|what)\s+(\w+\s+){0,2}(official|minister|spokesman|spokesperson|spokeswoman|person|leader|president|general|ambassador|diplomat|journalist|author|writer|editor|man|woman|officer|chief|head|country|organization|organisation|agency|ministry|group|company|outlet|media|team|player|pejabat|menteri|tokoh|negara)\b|\b(juru bicara|jubir)\s+\w+")]
    private static partial Regex WhoPattern();

    [GeneratedRegex(@"\b(why|mengapa|kenapa|apa sebab|apa alasan|for what reason)\b")]
    private static partial Regex WhyPattern();

    [GeneratedRegex(@"^\s*(apakah|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b")]
    private static partial Regex YesNoPattern();

    [GeneratedRegex(@"\b(last|latest|most recent|most recently|terakhir|terbaru|paling baru|belakangan)\b")]
    private static partial Regex LastPattern();

    [GeneratedRegex(@"\b(first|earliest|pertama|pertama kali|paling awal|untuk pertama kalinya)\b")]
    private static partial Regex FirstPattern();

    [GeneratedRegex(@"\b(?:since|sejak)\s+(?<clause>[^,?.!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SincePattern();

    [GeneratedRegex(@"\b(?:before|prior to|sebelum|sebelumnya)\s+(?<clause>[^,?.!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforePattern();

    [GeneratedRegex(@"\b(said|say|says|quoted|quote|spokesman|spokesperson|spokeswoman|told|stated|announced|kata|berkata|mengatakan|menyatakan|ujar|juru bicara|jubir|mengumumkan)\b")]
    private static partial Regex SpeakerPattern();

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9})\b(?:\s+(?<year>(?:19|20)\d{2}))?")]
    private static partial Regex MonthWordPattern();

    [GeneratedRegex(@"\b(19|20)\d{2}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),?\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex MonthDayYearPattern();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answering.Questions;

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

        // "between March and September 2022" bounds the events; it is neither a since nor a before clause.
        var range = QuestionDates.Range(text);
        var bounded = range is { } r ? text.Remove(r.Start, r.Length).Insert(r.Start, new string(' ', r.Length)) : text;
        var since = SincePattern().Match(bounded);
        var before = BeforePattern().Match(bounded);
        var beforeClause = before.Success ? before.Groups["clause"].Value.Trim() : null;
        var beforeDate = beforeClause is null ? null : StatedDates.First(beforeClause);
        if (beforeClause is not null && order == TemporalOrder.None && type == QuestionType.When)
        {
            // "When did X happen before 21 October?" asks for the latest such event before it.
            order = TemporalOrder.Last;
        }

        var match = bounded;
        if (since.Success)
        {
            match = match.Remove(since.Index, since.Length);
        }
        else if (before.Success)
        {
            match = match.Remove(before.Index, before.Length);
        }

        // A month inside a since/before clause bounds the event; only one outside it dates it.
        var (month, year) = QuestionDates.FirstMonth(match);
        if (month is null && QuestionDates.Year(match) is { } stated)
        {
            // "in 2024", "sepanjang 2022": the year dates the events, it is no word to find.
            year = stated.Year;
            match = match.Remove(stated.Start, stated.Length).Insert(stated.Start, " ");
        }

        match = WhitespaceRun().Replace(match, " ").Trim();
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
            // "Who is the X?" names whoever holds the role, whether or not they are quoted.
            SpeakerPattern().IsMatch(lower) || IdentityPattern().IsMatch(lower))
        {
            Field = MetadataCues.Field(lower, type),
            NamesArticle = MetadataCues.NamesArticle(text),
            Subject = type == QuestionType.Who && SubjectPattern().Match(text) is { Success: true } subject ? subject.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : null,
            Range = range,
        };
    }

    private static QuestionType DetectType(string lower)
    {
        if (HowLongPattern().IsMatch(lower))
        {
            return QuestionType.HowLong;
        }

        // "Who was driving when it crashed?", "Di mana … saat …": the opening question word decides, not a later "when".
        if (OpeningWhoPattern().IsMatch(lower))
        {
            return QuestionType.Who;
        }

        if (OpeningWherePattern().IsMatch(lower))
        {
            return QuestionType.Where;
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

    [GeneratedRegex(@"\b(how long|berapa lama|berapa jam|berapa hari|berapa menit|berapa tahun lamanya|for how long)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HowLongPattern();

    [GeneratedRegex(@"^\s*(when|bilamana)\b|\b(kapan|kapankah|what date|what day|which day|what year|which year|tanggal berapa|hari apa|tahun berapa|pada tanggal berapa|sejak kapan|when)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"^\s*(who|whom|whose|who's|siapa|siapakah)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OpeningWhoPattern();

    [GeneratedRegex(@"^\s*(where|di mana|dimana|di manakah)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OpeningWherePattern();

    [GeneratedRegex(@"\b(how much|how many|berapa|berapakah|jumlah|total)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HowMuchPattern();

    [GeneratedRegex(@"\b(where|di mana|dimana|ke mana|kemana|dari mana|di manakah|in which (city|country|place)|at which|lokasi)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WherePattern();

    [GeneratedRegex(@"\b(who|whom|whose|siapa|siapakah)\b|^\s*(which|what)\s+(\w+\s+){0,2}(official|minister|spokesman|spokesperson|spokeswoman|person|leader|president|general|ambassador|diplomat|journalist|author|writer|editor|man|woman|officer|chief|head|country|organization|organisation|agency|ministry|group|company|outlet|media|team|player|pejabat|menteri|tokoh|negara)\b|\b(juru bicara|jubir)\s+\w+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhoPattern();

    [GeneratedRegex(@"\b(why|mengapa|kenapa|apa sebab|apa alasan|for what reason)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhyPattern();

    [GeneratedRegex(@"^\s*(apakah|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YesNoPattern();

    [GeneratedRegex(@"\b(last|latest|most recent|most recently|terakhir|terbaru|paling baru|belakangan)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LastPattern();

    [GeneratedRegex(@"\b(first|earliest|pertama|pertama kali|paling awal|untuk pertama kalinya)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FirstPattern();

    [GeneratedRegex(@"\b(?:since|sejak|after|setelah|sesudah|semenjak)\s+(?<clause>[^,?.!]+)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SincePattern();

    [GeneratedRegex(@"\b(?:before|prior to|sebelum|sebelumnya)\s+(?<clause>[^,?.!]+)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BeforePattern();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"\b(said|say|says|quoted|quote|spokesman|spokesperson|spokeswoman|spoke|speaks|told|stated|announced|kata|bilang|berkata|mengatakan|menyatakan|ujar|juru bicara|jubir|mengumumkan|menyampaikan|memberitahukan)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpeakerPattern();

    /// <summary>"Who is Lloyd Austin?", "who's Argo Yuwono?", "Siapa Mark Milley?", "Siapakah sebenarnya Idrus Marham itu?": a name and nothing else.</summary>
    [GeneratedRegex(@"^\s*(?i:who\s*(?:is|was|'s|’s)|siapa(?:kah)?)\s+(?i:(?:sebenarnya|sosok|tokoh)\s+)?(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s*(?i:itu|sebenarnya|in (?:the|these) (?:articles|reports|news))?\s*\??\s*$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"^\s*(who|what)\s+(is|was|are|were)\s+(the\s+)?[a-z]|^\s*siapa(kah)?\s+(nama\s+)?(?!yang\b)[a-z]", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IdentityPattern();
}

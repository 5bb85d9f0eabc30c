using System.Text.RegularExpressions;

namespace Bot.Core.Answering.Questions;

/// <summary>
/// The words that make a question ask about an article's byline, editor, outlet, date or
/// source, and the words that point at an article ("the article", "berita", "the piece"), so
/// that the rest of the question can be matched against headlines and text.
/// </summary>
internal static partial class MetadataCues
{
    /// <summary>The field asked for, or <see cref="MetadataField.None"/>.</summary>
    public static MetadataField Field(string lower, QuestionType type)
    {
        if (OutletPattern().IsMatch(lower))
        {
            return MetadataField.Outlet;
        }

        if (EditorPattern().IsMatch(lower))
        {
            return MetadataField.Editor;
        }

        if (AuthorPattern().IsMatch(lower))
        {
            return MetadataField.Author;
        }

        if (SourcePattern().IsMatch(lower))
        {
            return MetadataField.WireSource;
        }

        return type == QuestionType.When && PublishedPattern().IsMatch(lower) ? MetadataField.Published : MetadataField.None;
    }

    /// <summary>The question speaks of an article, a story or a headline in quotes.</summary>
    public static bool NamesArticle(string text) => ArticlePattern().IsMatch(text.ToLowerInvariant()) || Quoted(text) is not null;

    /// <summary>A headline quoted in the question ('…', "…", “…”), if any.</summary>
    public static string? Quoted(string text)
    {
        var m = QuotedPattern().Match(text);
        return m.Success ? m.Groups["q"].Value.Trim() : null;
    }

    /// <summary>The question without its metadata cue and article words: what is left names the article's topic.</summary>
    public static string Topic(string text)
    {
        var quoted = QuotedPattern().Replace(text, " ");
        var stripped = CueWordsPattern().Replace(quoted, " ");
        return WhitespacePattern().Replace(stripped, " ").Trim();
    }

    /// <summary>"Which outlets …", "media apa saja": every article on the topic, not the best one.</summary>
    public static bool AsksForSeveral(string lower) => SeveralPattern().IsMatch(lower);

    [GeneratedRegex(@"\b(which|what)\s+(news\s+)?(outlets?|media|sites?|websites?|newspapers?|papers?|portals?|publications?|news\s+sites?)\b|\bmedia\s+(apa|mana|manakah|yang)\b|\b(situs|portal|laman|surat kabar|koran)\s+(berita\s+)?(apa|mana)\b|\boutlets?\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OutletPattern();

    [GeneratedRegex(@"\b(who\s+edited|editor|editors|penyunting|redaktur|menyunting|disunting|menyunting)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex EditorPattern();

    [GeneratedRegex(@"\b(who\s+(wrote|authored|penned)|written\s+by|author|authors|writer|byline|reporter|penulis|siapa\s+(yang\s+)?menulis|ditulis\s+oleh|wartawan\s+(yang\s+)?menulis|pewarta)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AuthorPattern();

    [GeneratedRegex(@"\b(what|which)\s+(wire\s+|news\s+agency\s+|agency\s+)?source\b|\bsource\s+(of|for)\s+(the|this|that)\b|\bbased\s+on\b|\bwire\s+(service|agency)\b|\bsumber\s+(berita|artikel|laporan|tulisan|liputan)\b|\b(apa|mana)\s+sumber(nya)?\b|\bsumber(nya)?\s+(apa|dari\s+mana)\b|\bkantor\s+berita\s+(apa|mana)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"\b(published|publish|publishes|posted|run|ran|diterbitkan|terbit|dimuat|ditayangkan|tayang|dirilis)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PublishedPattern();

    [GeneratedRegex(@"\b(articles?|story|stories|reports?|piece|pieces|headline|berita|artikel|tulisan|laporan|liputan|judul)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"\b(outlets|media\s+apa\s+saja|situs\s+apa\s+saja|which\s+(news\s+)?(sites|media|newspapers|papers))\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SeveralPattern();

    [GeneratedRegex(@"(?:^|[\s(])['‘""“](?<q>[^'’""”]{8,300})['’""”](?=$|[\s?.!,)])", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"(?i)\b(who|whom|what|which|when|was|were|is|did|does|the|a|an|its|their|of|on|by|in|from|about|that|this|wrote|written|authored|edited|editor|editors|author|authors|writer|reporter|byline|published|publish|posted|run|ran|reported|report|reports|outlet|outlets|media|site|sites|website|news|newspaper|paper|portal|publication|source|based|wire|service|agency|article|articles|story|stories|piece|pieces|headline|siapa|siapakah|yang|apa|apakah|mana|kapan|penulis|menulis|ditulis|oleh|penyunting|redaktur|menyunting|disunting|diterbitkan|terbit|dimuat|ditayangkan|tayang|dirilis|memuat|memberitakan|menerbitkan|melaporkan|situs|laman|koran|surat kabar|berita|artikel|tulisan|laporan|liputan|judul|sumber|sumbernya|kantor|dari|soal|tentang|mengenai|terkait|saja|nya)\b|'s\b|’s\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CueWordsPattern();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhitespacePattern();
}

using System.Text.RegularExpressions;
using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Answering.Spans;

/// <summary>One place where an article says who a person is: the title as written, the name as written, the sentence.</summary>
internal sealed record Apposition(string Title, string Name, ArticleSentence Sentence)
{
    /// <summary>Equal titles group together: "Menhan AS" and "Menteri Pertahanan Amerika Serikat (AS)" are one.</summary>
    public IReadOnlyList<string> KeyWords { get; } = Appositions.KeyWordsOf(Title);
}

/// <summary>The title chosen for a person as written in its sentences, and every sentence that says it or part of it.</summary>
internal sealed record PersonTitle(IReadOnlyList<Apposition> Written, IReadOnlyList<Apposition> Support);

/// <summary>
/// Who a person is, as the articles say it beside the name: a title before it ("Menteri Pertahanan AS
/// Lloyd Austin", "Duta Besar Rusia untuk Amerika Serikat, Anatoly Antonov", "timpalannya dari Ukraina
/// Oleksiy Reznikov") or after it ("Robert F Kennedy, saudara presiden dan jaksa agung,", "Hilman
/// Mattauch seorang wartawan televisi swasta"). A title holds at least one office, rank or relation.
/// </summary>
internal static partial class Appositions
{
    /// <summary>A person's name in news text runs to at most this many words ("Robert F Kennedy").</summary>
    private const int MaxNameWords = 3;

    /// <summary>Two spellings of a transliterated name share at least this many first letters ("Serge-i", "Serge-y").</summary>
    private const int SharedPrefixForRespelling = 4;

    /// <summary>Most words of a title written after a name; a longer run is a clause, not a title.</summary>
    private const int MaxTrailingTitleWords = 8;

    /// <summary>Every apposition of the person in the corpus, headlines aside (their title case makes every word look like a title).</summary>
    public static List<Apposition> Find(KnowledgeBase kb, IReadOnlyList<string> nameWords)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(nameWords);
        var found = new List<Apposition>();
        if (nameWords.Count == 0)
        {
            return found;
        }

        var anchors = Spellings(nameWords[^1]);
        foreach (var sentences in kb.Sentences.Values)
        {
            foreach (var sentence in sentences)
            {
                if (sentence.Kind is PassageKind.Headline or PassageKind.Metadata || !anchors.Any(a => sentence.Text.Contains(a, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                found.AddRange(In(sentence, anchors, nameWords));
            }
        }

        return found;
    }

    /// <summary>
    /// The title the articles give the person most: titles group by their key words, and a title
    /// whose words all belong to a longer one ("Menteri" of "Menteri Pertahanan AS") counts for it.
    /// Ties go to the title that says more.
    /// </summary>
    public static PersonTitle? Best(IReadOnlyList<Apposition> found)
    {
        var groups = found.GroupBy(a => string.Join(' ', a.KeyWords), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var ranked = groups
            .Select(g => (Group: g, Within: groups.Where(o => o[0].KeyWords.All(g[0].KeyWords.Contains)).SelectMany(o => o).ToList()))
            .OrderByDescending(x => x.Within.Select(a => a.Sentence.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(x => x.Group[0].KeyWords.Count)
            .First();
        return new PersonTitle(ranked.Group, [.. ranked.Group, .. ranked.Within.Except(ranked.Group)]);
    }

    /// <summary>
    /// The words that identify a title, in English where the lexicon knows them, so that spellings and
    /// abbreviations of one office meet ("Menhan" and "Menteri Pertahanan", "kuasa hukum" and
    /// "pengacara"); connectors and bracketed repeats are dropped.
    /// </summary>
    internal static IReadOnlyList<string> KeyWordsOf(string title)
    {
        var words = new List<string>();
        var tokens = Tokenizer.Tokenize(BracketPattern().Replace(title, " ")).Select(t => t.Text).ToList();
        for (var k = 0; k < tokens.Count;)
        {
            if (TitleLexicon.Default.Match(tokens, k) is { } phrase)
            {
                k += phrase.Length;
                if (phrase.Kind is not TitleKind.Word and not TitleKind.Honorific)
                {
                    words.Add(phrase.EnglishNoun.ToLowerInvariant());
                }

                continue;
            }

            var lower = tokens[k].ToLowerInvariant();
            var expansion = Abbreviations.Default.Expand(tokens[k], lower);
            words.AddRange(expansion.Length > 0 ? expansion : [lower]);
            k++;
        }

        return words;
    }

    /// <summary>The appositions of a name in one sentence.</summary>
    public static List<Apposition> InSentence(ArticleSentence sentence, IReadOnlyList<string> nameWords)
        => nameWords.Count == 0 ? [] : [.. In(sentence, Spellings(nameWords[^1]), nameWords)];

    /// <summary>The offices, ranks and relations a question names, as title keys ("spokesman" → spokesperson, "putri" → daughter).</summary>
    public static HashSet<string> RoleKeysOf(string question)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var words = Tokenizer.Tokenize(question).Select(t => t.Text).ToList();
        for (var k = 0; k < words.Count;)
        {
            if (TitleLexicon.Default.Match(words, k) is { } phrase)
            {
                if (phrase.Kind is TitleKind.Role or TitleKind.Rank or TitleKind.Relation)
                {
                    keys.Add(phrase.EnglishNoun.ToLowerInvariant());
                }

                k += phrase.Length;
            }
            else
            {
                k++;
            }
        }

        return keys;
    }

    /// <summary>A name that is a person's: none of its words is a title, a place, an acronym or an institution's ("Partai Golkar", "AS", "Republik").</summary>
    public static bool LooksLikePerson(IReadOnlyList<string> words) => words.Count > 0 && words.All(IsNameWord);

    /// <summary>A name of a person: at least one of its words is not a title, a place or an acronym ("Menteri Luar Negeri Rusia" is not).</summary>
    public static bool IsPersonName(IReadOnlyList<string> words) => words.Any(IsNameWord);

    private static HashSet<string> Spellings(string word)
    {
        var lower = word.ToLowerInvariant();
        var spellings = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { lower };
        spellings.UnionWith(NameRespelling.Variants(lower));
        return spellings;
    }

    private static IEnumerable<Apposition> In(ArticleSentence sentence, HashSet<string> anchors, IReadOnlyList<string> nameWords)
    {
        var text = sentence.Text;
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!anchors.Contains(tokens[i].Text) || !char.IsUpper(tokens[i].Text[0]))
            {
                continue;
            }

            // The name runs over the question's other name words around its last one ("Sergey" for "Sergei"), or,
            // when the question gave one word, over the capitalised words beside it that are not titles, places or acronyms.
            var start = i;
            while (start > 0 && IsNameWord(tokens[start - 1].Text) && Gap(text, tokens, start - 1).Trim().Length == 0
                   && (nameWords.Count == 1 ? i - start < MaxNameWords - 1 : nameWords.Any(w => SameName(w, tokens[start - 1].Text))))
            {
                start--;
            }

            var end = i;
            while (nameWords.Count == 1 && end + 1 < tokens.Count && end - start < MaxNameWords - 1 && IsNameWord(tokens[end + 1].Text) && Gap(text, tokens, end).Trim().Length == 0)
            {
                end++;
            }

            var name = text[tokens[start].Start..(tokens[end].Start + tokens[end].Length)];
            if (Before(text, tokens, start) is { } before)
            {
                yield return new Apposition(before, name, sentence);
            }

            if (After(text, tokens, end) is { } after)
            {
                yield return new Apposition(after, name, sentence);
            }
        }
    }

    /// <summary>"Menteri Pertahanan (Menhan) Rusia Sergey Shoigu", "wakil kepala misi Rusia untuk PBB, Dmitry Polyansky".</summary>
    private static string? Before(string text, IReadOnlyList<Token> tokens, int nameStart)
    {
        var first = nameStart;
        for (var j = nameStart - 1; j >= 0; j--)
        {
            var gap = Gap(text, tokens, j);
            var commaBeforeName = j == nameStart - 1 && gap.Trim() == ",";
            if (!commaBeforeName && !InTitleGap().IsMatch(gap))
            {
                break;
            }

            var word = tokens[j].Text;
            var fits = tokens[j].Kind == TokenKind.Word
                && (char.IsUpper(word[0]) || TitleLexicon.Default.IsTitleWord(word) || (IsConnector(word) && first < nameStart))
                && !Coordinator().IsMatch(word);
            if (!fits || SpeechVerb().IsMatch(word))
            {
                break;
            }

            first = j;
        }

        // A title opens with its office ("Sebab, Koordinator …"; "Polisi Periksa Sopir …" is no title of the name).
        while (first < nameStart && !OpensTitle(tokens[first].Text))
        {
            first++;
        }

        if (first == nameStart)
        {
            return null;
        }

        var title = text[tokens[first].Start..(tokens[nameStart - 1].Start + tokens[nameStart - 1].Length)];
        var close = text.IndexOf(')', tokens[nameStart - 1].Start + tokens[nameStart - 1].Length);
        if (close >= 0 && close < tokens[nameStart].Start)
        {
            title = text[tokens[first].Start..(close + 1)];
        }

        return HoldsTitle(title) ? title : null;
    }

    /// <summary>"Robert F Kennedy, saudara presiden dan jaksa agung,", "Hilman Mattauch seorang wartawan televisi swasta".</summary>
    private static string? After(string text, IReadOnlyList<Token> tokens, int nameEnd)
    {
        var restStart = tokens[nameEnd].Start + tokens[nameEnd].Length;
        var match = TrailingTitle().Match(text[restStart..]);
        if (!match.Success)
        {
            return null;
        }

        var title = match.Groups["title"].Value.Trim();
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxTrailingTitleWords && OpensTitle(words[0]) && HoldsTitle(title) ? title : null;
    }

    /// <summary>The same name word, allowing the respellings of transliterated names ("Sergei", "Sergey").</summary>
    private static bool SameName(string asked, string written)
    {
        if (asked.Equals(written, StringComparison.OrdinalIgnoreCase) || Spellings(asked).Contains(written))
        {
            return true;
        }

        var shared = 0;
        while (shared < Math.Min(asked.Length, written.Length) && char.ToLowerInvariant(asked[shared]) == char.ToLowerInvariant(written[shared]))
        {
            shared++;
        }

        return shared >= SharedPrefixForRespelling && Math.Abs(asked.Length - written.Length) <= 1 && Math.Max(asked.Length, written.Length) - shared <= 2;
    }

    private static bool OpensTitle(string word) => TitleLexicon.Default.Match([word], 0) is { Kind: TitleKind.Role or TitleKind.Rank or TitleKind.Relation } || (TitleLexicon.Default.IsTitleWord(word) && !IsHonorific(word));

    private static bool IsHonorific(string word) => TitleLexicon.Default.Match([word], 0) is { Kind: TitleKind.Honorific };

    /// <summary>An office, rank or relation somewhere in the title, not only a courtesy ("Tuan").</summary>
    private static bool HoldsTitle(string title)
    {
        var words = Tokenizer.Tokenize(title).Select(t => t.Text).ToList();
        for (var k = 0; k < words.Count; k++)
        {
            if (TitleLexicon.Default.Match(words, k) is { Kind: TitleKind.Role or TitleKind.Rank or TitleKind.Relation })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameWord(string word)
        => word.Length > 0 && char.IsUpper(word[0]) && !TitleLexicon.Default.IsTitleWord(word) && !RoleWords.IsRole(word) && !Places.IsPlace(word)
           && TitleLexicon.Default.Match([word], 0) is null && !TermAnalyzer.IsAcronym(word);

    private static bool IsConnector(string word) => TitleLexicon.Default.Match([word], 0) is { Kind: TitleKind.Word };

    private static string Gap(string text, IReadOnlyList<Token> tokens, int left)
        => text[(tokens[left].Start + tokens[left].Length)..tokens[left + 1].Start];

    /// <summary>Between two words of a title: spaces, brackets round an abbreviation, the dot of "PT.".</summary>
    [GeneratedRegex(@"^[\s().]*$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex InTitleGap();

    [GeneratedRegex(@"\s*\([^)]*\)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BracketPattern();

    /// <summary>"Menhan Rusia Sergey Shoigu dan Menhan AS Lloyd Austin": a title does not run over "dan" into another person's.</summary>
    [GeneratedRegex(@"^(?:dan|serta|and|atau|or)$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Coordinator();

    [GeneratedRegex(@"^(?:kata|ujar|tutur|menurut|mengatakan|menyatakan|said|says|disampaikan|dikatakan|oleh|by)$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^\s*(?:,\s*(?:(?:the|a|an|seorang|sang)\s+)?|\s+(?:seorang|sebagai|selaku|yang\s+merupakan|yang\s+juga\s+menjabat|yang\s+menjabat|yang\s+juga|the|a|an)\s+)(?<title>[\p{L}][\p{L}\p{N}\s().'’-]{0,120}?)\s*(?=[,.;:""“”]|$)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingTitle();
}

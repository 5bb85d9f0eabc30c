namespace Bot.Bench.Summaries.MultiDocument;

/// <summary>
/// The facts of a story group, as the bench judges them (independently of how the product tells
/// facts apart): two sentences state the same fact when the F1 of their content words reaches
/// <see cref="SameFactF1"/>; sentences are joined into facts transitively, and a fact counts when
/// at least two of the group's articles state it (what the outlets agree on, as in a pyramid).
/// </summary>
internal sealed class StoryFacts
{
    /// <summary>Content-word F1 at which two sentences say the same thing.</summary>
    public const double SameFactF1 = 0.5;

    private readonly List<(int Article, HashSet<string> Words)> sentences;
    private readonly int[] factOf;

    private StoryFacts(List<(int Article, HashSet<string> Words)> sentences, int[] factOf, int count)
    {
        this.sentences = sentences;
        this.factOf = factOf;
        Count = count;
    }

    /// <summary>Facts stated by two or more articles.</summary>
    public int Count { get; }

    /// <param name="articles">Each article's sentences.</param>
    public static StoryFacts From(IReadOnlyList<IReadOnlyList<string>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var sentences = articles.SelectMany((a, i) => a.Select(s => (Article: i, Words: ContentWords(s)))).Where(s => s.Words.Count > 0).ToList();
        var parent = Enumerable.Range(0, sentences.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var j = i + 1; j < sentences.Count; j++)
            {
                if (sentences[i].Article != sentences[j].Article && Same(sentences[i].Words, sentences[j].Words))
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        // Number the clusters that span two articles or more; the rest are no fact of the group.
        var numbers = new Dictionary<int, int>();
        foreach (var cluster in Enumerable.Range(0, sentences.Count).GroupBy(Root).Where(g => g.Select(i => sentences[i].Article).Distinct().Count() >= 2))
        {
            numbers[cluster.Key] = numbers.Count;
        }

        var factOf = Enumerable.Range(0, sentences.Count).Select(i => numbers.TryGetValue(Root(i), out var n) ? n : -1).ToArray();
        return new StoryFacts(sentences, factOf, numbers.Count);
    }

    /// <summary>The group facts a summary sentence states.</summary>
    public IReadOnlySet<int> FactsIn(string sentence)
    {
        var words = ContentWords(sentence);
        return sentences.Select((s, i) => (s, i)).Where(x => factOf[x.i] >= 0 && Same(words, x.s.Words)).Select(x => factOf[x.i]).ToHashSet();
    }

    /// <summary>The articles (indexes) with a sentence that states what <paramref name="sentence"/> states.</summary>
    public IReadOnlySet<int> ArticlesStating(string sentence)
    {
        var words = ContentWords(sentence);
        return sentences.Where(s => Same(words, s.Words)).Select(s => s.Article).ToHashSet();
    }

    public static bool SameFact(string a, string b) => Same(ContentWords(a), ContentWords(b));

    /// <summary>Lower-cased words of four letters or more, and numbers: what is left of a sentence without its function words, in any language.</summary>
    internal static HashSet<string> ContentWords(string sentence)
        => Rouge.Tokens(sentence).Where(t => t.Length >= 4 || t.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);

    private static bool Same(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count) >= SameFactF1;
    }
}

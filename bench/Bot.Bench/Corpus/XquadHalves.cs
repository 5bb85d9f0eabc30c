namespace Bot.Bench.Corpus;

/// <summary>
/// The two halves of XQuAD's Wikipedia articles: the translation table is learned from the
/// parallel paragraphs and questions of the training half (tools/LexiconBuilder) and the benchmark
/// asks only the questions of the held-out half. Articles, not paragraphs, are split so that no
/// held-out question meets a name or topic word learned from its own article. Titles are ordered by
/// their 32-bit FNV-1a hash (UTF-8, ties by title) and the first half, rounded down, is training.
/// </summary>
internal static class XquadHalves
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The training titles among <paramref name="titles"/>; every other title is held out.</summary>
    public static IReadOnlySet<string> TrainingTitles(IEnumerable<string> titles)
    {
        var distinct = titles.Distinct(StringComparer.Ordinal).OrderBy(Hash).ThenBy(t => t, StringComparer.Ordinal).ToList();
        return distinct.Take(distinct.Count / 2).ToHashSet(StringComparer.Ordinal);
    }

    public static uint Hash(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var hash = OffsetBasis;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(title))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }
}

namespace Bot.Core.Language;

/// <summary>The text files under Language/Data that the binary lexicon image is made from.</summary>
internal static class LexiconSources
{
    public const string Dictionary = "en-id.tsv";
    public const string News = "en-id-news.tsv";
    public const string Names = "en-id-names.tsv";
    public const string Spelling = "en-spelling.tsv";
    public const string Learned = "en-id-learned.tsv";
    public const string Roots = "id-roots.txt";
    public const string ExtraRoots = "id-roots-extra.txt";
    public const string ExcludedRoots = "id-roots-excluded.txt";

    public static IReadOnlyList<string> All { get; } = [Dictionary, News, Names, Spelling, Learned, Roots, ExtraRoots, ExcludedRoots];
}

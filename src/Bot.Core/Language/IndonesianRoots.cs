namespace Bot.Core.Language;

/// <summary>
/// The root words the Indonesian stemmer accepts: the Hunspell stems (id-roots.txt), plus
/// hand-checked news words and function words Hunspell lacks (id-roots-extra.txt), minus rare
/// Hunspell stems that capture common derived words (id-roots-excluded.txt); resolved at build time
/// into the binary lexicon image (<see cref="LexiconImage"/>).
/// </summary>
internal static class IndonesianRoots
{
    private static readonly Lazy<HashSet<string>> Roots = new(() => LexiconImage.Embedded.Roots);

    public static bool Contains(string word) => Roots.Value.Contains(word);
}

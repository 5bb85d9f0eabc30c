using System.Collections.Frozen;

namespace Bot.Core.Language;

/// <summary>
/// The root words the Indonesian stemmer accepts: the Hunspell stems (id-roots.txt), plus
/// hand-checked news words and function words Hunspell lacks (id-roots-extra.txt), minus rare
/// Hunspell stems that capture common derived words (id-roots-excluded.txt).
/// </summary>
internal static class IndonesianRoots
{
    private static readonly Lazy<FrozenSet<string>> Roots = new(Load);

    public static FrozenSet<string> Set => Roots.Value;

    public static bool Contains(string word) => Roots.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        var roots = new HashSet<string>(LanguageData.Lines("id-roots.txt"), StringComparer.Ordinal);
        roots.UnionWith(LanguageData.Lines("id-roots-extra.txt"));
        roots.ExceptWith(LanguageData.Lines("id-roots-excluded.txt"));
        return roots.ToFrozenSet(StringComparer.Ordinal);
    }
}

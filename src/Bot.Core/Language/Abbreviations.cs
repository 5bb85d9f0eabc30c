namespace Bot.Core.Language;

/// <summary>
/// Indonesian news abbreviations ("Menhan", "AS", "KTT") and the words they stand for, so that
/// the abbreviation and the spelled-out form share index terms.
/// </summary>
internal sealed class Abbreviations
{
    private readonly Dictionary<string, string[]> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);

    private Abbreviations(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var key = line[..tab].Trim();
            var expansion = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (key.Any(char.IsUpper))
            {
                _acronyms[key] = expansion;
            }
            else
            {
                _words[key] = expansion;
            }
        }
    }

    public static Abbreviations Default { get; } = new(LanguageData.Lines("id-abbreviations.tsv"));

    /// <summary>The words an abbreviation stands for, or an empty array.</summary>
    public string[] Expand(string tokenText, string lower)
    {
        if (_acronyms.TryGetValue(tokenText, out var acronym))
        {
            return acronym;
        }

        return _words.TryGetValue(lower, out var word) ? word : [];
    }
}

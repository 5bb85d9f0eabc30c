namespace Bot.Core.Language;

/// <summary>
/// The text format of the word lists under Language/Data: one entry a line, '#' starts a comment,
/// blank lines ignored; tables are "key TAB value1|value2". Shared by the engine (the small lists it
/// reads at start) and the build step that turns the large lists into the binary lexicon image.
/// </summary>
internal static class LanguageDataText
{
    public static List<string> Lines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }

        return lines;
    }

    /// <summary>Tab-separated "key TAB value1|value2" lines, keys lower-cased; a line without a key or values is passed over.</summary>
    public static IEnumerable<(string Key, string[] Values)> Table(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var key = line[..tab].Trim().ToLowerInvariant();
            var values = line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (values.Length > 0)
            {
                yield return (key, values);
            }
        }
    }
}

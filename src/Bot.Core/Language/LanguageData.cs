namespace Bot.Core.Language;

/// <summary>
/// Reads the embedded word lists under Language/Data: one entry a line, '#' starts a comment,
/// blank lines ignored. Sources and licences of each file are named in the repository's NOTICE.
/// </summary>
internal static class LanguageData
{
    private const string ResourcePrefix = "Bot.Core.Language.Data.";

    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded language data '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
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

    /// <summary>Tab-separated "key TAB value1|value2" lines; later files may override earlier keys.</summary>
    public static IEnumerable<(string Key, string[] Values)> Table(string fileName)
    {
        foreach (var line in Lines(fileName))
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

using Bot.Core.Language;

// LexiconImage DATA_FOLDER OUTPUT_FILE: resolves the lists of DATA_FOLDER and writes their image.
// The file is rewritten only when its bytes change, so an unchanged build stays incremental.
if (args is not [var folder, var output])
{
    Console.Error.WriteLine("usage: LexiconImage DATA_FOLDER OUTPUT_FILE");
    return 2;
}

try
{
    var tables = LexiconTables.FromSources(name => File.OpenText(Path.Combine(folder, name)));
    using var image = new MemoryStream();
    LexiconImage.Write(tables, image);
    var bytes = image.ToArray();
    if (!File.Exists(output) || !File.ReadAllBytes(output).AsSpan().SequenceEqual(bytes))
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, bytes);
    }

    Console.WriteLine($"lexicon image: {tables.Entries.Count:N0} entries, {tables.Roots.Count:N0} roots, {bytes.Length:N0} bytes -> {output}");
    return 0;
}
catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}

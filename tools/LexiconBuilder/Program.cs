using System.IO.Compression;
using System.Text;
using Bot.Tools.LexiconBuilder;

// Usage: dotnet run --project tools/LexiconBuilder -- <lexicons folder> <output Data folder>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: LexiconBuilder <lexicons-folder> <output-data-folder>");
    return 2;
}

var lexicons = args[0];
var output = args[1];

var roots = HunspellRoots.Read(Path.Combine(lexicons, "hunspell-id", "id_ID.dic"));
File.WriteAllLines(Path.Combine(output, "id-roots.txt"), roots);
Console.WriteLine($"id-roots.txt: {roots.Count} roots");

var index = Path.Combine(lexicons, "freedict-eng-ind", "freedict-eng-ind.index");
var dict = Path.Combine(lexicons, "freedict-eng-ind", "freedict-eng-ind.dict.dz");
using var compressed = File.OpenRead(dict);
using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
using var body = new MemoryStream();
gzip.CopyTo(body);
var entries = FreeDictTranslations.Read(File.ReadAllLines(index), body.ToArray());
File.WriteAllLines(Path.Combine(output, "en-id.tsv"), entries.Select(e => e.Key + "\t" + string.Join('|', e.Value)));
Console.WriteLine($"en-id.tsv: {entries.Count} headwords");
return 0;

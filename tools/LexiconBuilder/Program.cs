using System.IO.Compression;
using Bot.Tools.LexiconBuilder;

// Usage: dotnet run -c Release --project tools/LexiconBuilder [-- --shared PATH] [--out DIR]
// --shared: the folder holding lexicons/ and datasets/ (default: ../shared beside the repository);
// --out: where the data files go (default: src/Bot.Core/Language/Data of this repository).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (args.Length % 2 != 0 || options.Keys.Any(k => k is not ("shared" or "out")))
{
    Console.Error.WriteLine("usage: LexiconBuilder [--shared PATH] [--out DIR]");
    return 2;
}

var layout = Bot.Bench.RepositoryLayout.Find(AppContext.BaseDirectory, options.GetValueOrDefault("shared"));
var shared = layout.Shared;
var output = options.GetValueOrDefault("out") ?? Path.Combine(layout.Root, "src", "Bot.Core", "Language", "Data");
var lexicons = Path.Combine(shared, "lexicons");

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
Console.WriteLine($"en-id.tsv: {entries.Count} headwords, {entries.Sum(e => e.Value.Count)} renderings");

var text = ParallelText.TrainingPairs(Path.Combine(shared, "datasets"), out var trainingTitles, out var heldOutTitles);
var learned = LearnedTranslations.Learn(text, entries);
File.WriteAllLines(Path.Combine(output, "en-id-learned.tsv"), [
    "# English → Indonesian translations learned with IBM Model 1 (tools/LexiconBuilder, see NOTICE) from",
    $"# the training half of XQuAD ({trainingTitles} of {trainingTitles + heldOutTitles} articles; {text.Count} question, answer and sentence pairs",
    "# with their Trans SQuAD and MarianMT translations) and FreeDict's single-word entries as a prior.",
    $"# Kept: English words seen {LearnedTranslations.MinimumCount}+ times, renderings of t(id | en) >= {LearnedTranslations.MinimumProbability:F2}, at most {LearnedTranslations.MaximumRenderings},",
    $"# together >= {LearnedTranslations.MinimumMass:F2}. Format: english TAB renderings (most probable first) TAB # their probabilities.",
    .. LearnedTranslations.Lines(learned)]);
Console.WriteLine($"en-id-learned.tsv: {learned.Count} English words from {text.Count} pairs");
return 0;

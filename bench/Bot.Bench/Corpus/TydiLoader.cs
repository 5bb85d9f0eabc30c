using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>TyDi QA GoldP Indonesian dev: native Indonesian questions over Wikipedia paragraphs.</summary>
internal static class TydiLoader
{
    public const string Name = "tydi-id";

    public static QaDataset Load(string datasetsFolder)
    {
        using var stream = File.OpenRead(Path.Combine(datasetsFolder, "tydiqa-goldp-id", "indonesian_tydiqa_dev.json"));
        using var json = JsonDocument.Parse(stream);
        var pool = new PassagePool(Name);
        var items = new List<QaItem>();
        foreach (var entry in json.RootElement.GetProperty("data").EnumerateArray())
        {
            foreach (var paragraph in entry.GetProperty("paragraphs").EnumerateArray())
            {
                SquadJson.ReadParagraph(paragraph, pool, items);
            }
        }

        return new QaDataset(Name, "TyDi QA GoldP dev (ID)", pool.Passages, items);
    }
}
